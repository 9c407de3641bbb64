// What every generated parameter control gets: its spec, its value, and where to send a new one.
import type { ParamSpec } from '../../core/sampling/params';
import type { MethodKind, ParamValue } from '../../core/sampling/types';

export interface ParamFieldProps {
  spec: ParamSpec;
  value: ParamValue;
  /** The method's kind: sampling_strategy's named rules differ for cleaners. */
  methodKind: MethodKind;
  /** The last run failed on this parameter. */
  invalid: boolean;
  /** The dataset's feature columns in file order, and which of them hold text. */
  columns: { name: string; text: boolean }[];
  onCommit(value: ParamValue): void;
}
