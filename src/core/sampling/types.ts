import type { Dataset } from '../data/dataset';
import type { Outcome } from '../outcome';
import type { Random } from '../random';
import type { ParamSpec } from './params';

/** What every sampler gets besides its data and parameters. */
export interface SamplerContext {
  random: Random;
  /** Called with a fraction in [0, 1] as the work advances. */
  onProgress?: (fraction: number) => void;
  /** Checked between steps; a cancelled run stops early. */
  signal?: { readonly aborted: boolean };
}

/** Per synthetic row: the anchor's input row, the neighbour's row (-1: none) and the gap λ (NaN: none). */
export interface Provenance {
  anchor: Int32Array;
  neighbor: Int32Array;
  gap: Float64Array;
}

/** What a method found out on the way; row indices are input rows. */
export interface Diagnostics {
  danger?: Int32Array;
  noise?: Int32Array;
  safe?: Int32Array;
  /** ADASYN: the normalised difficulty r̂ per input row (0 for rows of classes not sampled). */
  weights?: Float64Array;
  /** ADASYN: synthetic children assigned to each input row. */
  anchorCounts?: Int32Array;
  supportVectors?: Int32Array;
  /** KMeansSMOTE: cluster id per input row (of the last class's fit), and the clusters used. */
  clusterLabels?: Int32Array;
  clustersUsed?: number[];
}

/**
 * A resampling run. `pool` holds the input rows (0..nInput-1, untouched) followed by every synthetic
 * row; `output` lists pool rows in output order; `removed` lists pool rows a cleaning step dropped.
 */
export interface ResampleResult {
  method: string;
  pool: Dataset;
  nInput: number;
  provenance: Provenance;
  output: Int32Array;
  removed: Int32Array;
  diagnostics: Diagnostics;
  warnings: string[];
}

export type ParamValue = number | string | boolean | null | Record<string, number> | string[];
export type Params = Record<string, ParamValue>;

export type Sampler = (
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
) => Outcome<ResampleResult>;

export type MethodKind = 'over-sampler' | 'cleaner' | 'combination';

export interface MethodEntry {
  /** imbalanced-learn's class name. */
  name: string;
  kind: MethodKind;
  /** Where imbalanced-learn keeps it, for the Python export. */
  module: string;
  params: ParamSpec[];
  paper: string;
  /** One line: the weakness it answers, or what it shows. */
  lesson: string;
  run: Sampler;
}
