import { type ComponentType, useMemo } from 'react';
import type { Dataset } from '../../core/data/dataset';
import type { ParamKind } from '../../core/sampling/params';
import { appStore, useAppState } from '../../state/app-store';
import { ColumnsParam } from './ColumnsParam';
import type { ParamFieldProps } from './param-field-props';
import { ChoiceParam, FreeTextParam, NumberParam } from './ScalarParams';
import { StrategyParam } from './StrategyParam';

/** Which control each kind of parameter gets. */
const CONTROLS: Record<ParamKind, ComponentType<ParamFieldProps>> = {
  int: NumberParam,
  float: NumberParam,
  choice: ChoiceParam,
  strategy: StrategyParam,
  shrinkage: FreeTextParam,
  columns: ColumnsParam,
  'float-or-auto': FreeTextParam,
  'int-or-none': FreeTextParam,
};

function featureColumns(data: Dataset | null): ParamFieldProps['columns'] {
  if (!data) return [];
  return data.columns.map((ref) =>
    ref.kind === 'numeric'
      ? { name: data.featureNames[ref.index], text: false }
      : { name: data.categorical[ref.index].name, text: true },
  );
}

/** The chosen method's parameters, one labelled control per ParamSpec from the registry. */
export function ParamForm() {
  const methods = useAppState((s) => s.methods);
  const method = useAppState((s) => s.method);
  const params = useAppState((s) => s.params);
  const data = useAppState((s) => s.dataset);
  const errorParam = useAppState((s) =>
    s.resampleStatus === 'error' ? s.resampleErrorParam : null,
  );
  const columns = useMemo(() => featureColumns(data), [data]);
  const info = methods.find((m) => m.name === method);
  if (!info) return null;
  const setParam = appStore.getState().setParam;
  return (
    <fieldset className="param-form">
      <legend>{`${info.name} parameters`}</legend>
      {info.params.map((spec) => {
        const Control = CONTROLS[spec.kind];
        return (
          <Control
            key={`${info.name}.${spec.name}`}
            spec={spec}
            value={params[spec.name] ?? spec.default}
            methodKind={info.kind}
            invalid={errorParam === spec.name}
            columns={columns}
            onCommit={(value) => setParam(spec.name, value)}
          />
        );
      })}
    </fieldset>
  );
}
