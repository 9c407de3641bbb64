// What the cleaners share: their sampling_strategy parameter, the kept/removed split they compute
// on a set of rows, and how a cleaner runs alone.
import type { Dataset } from '../../data/dataset';
import { allRows } from '../../neighbors/find-neighbors';
import { type Outcome, ok } from '../../outcome';
import { checkNumericFeatures } from '../numeric-features';
import type { ParamSpec } from '../params';
import { cleaningTargets, type SamplingStrategy } from '../strategy';
import type { Params, ResampleResult, Sampler } from '../types';

export const cleaningStrategyParam: ParamSpec = {
  name: 'sampling_strategy',
  kind: 'strategy',
  default: 'auto',
  help: "Which classes may lose rows: 'auto' cleans every class but the minority, 'all' every class; a list names the classes.",
};

/** A cleaner's verdict on some rows of a dataset: both lists hold those rows' indices. */
export interface KeptRows {
  /** In the cleaner's output order. */
  kept: Int32Array;
  /** In ascending row order. */
  removed: Int32Array;
}

/** Class names that a cleaning step emptied, for a warning. */
export function emptiedClasses(data: Dataset, rows: ArrayLike<number>, kept: Int32Array): string[] {
  const before = new Int32Array(data.classNames.length);
  const after = new Int32Array(data.classNames.length);
  for (let r = 0; r < rows.length; r++) before[data.y[rows[r]]]++;
  for (const i of kept) after[data.y[i]]++;
  return data.classNames.filter((_, c) => before[c] > 0 && after[c] === 0);
}

/** A cleaner run on its own: the pool is the input, nothing synthetic. */
function cleanerResult(method: string, data: Dataset, pick: KeptRows): ResampleResult {
  const emptied = emptiedClasses(data, allRows(data.n), pick.kept);
  return {
    method,
    pool: data,
    nInput: data.n,
    provenance: {
      anchor: new Int32Array(0),
      neighbor: new Int32Array(0),
      gap: new Float64Array(0),
    },
    output: pick.kept,
    removed: pick.removed,
    diagnostics: {},
    warnings: emptied.map((c) => `${method} removed every row of class ${c}`),
  };
}

/** How a cleaner judges `rows` of `data`, given which classes it may clean and its parameters. */
export type CleanRows = (
  data: Dataset,
  rows: Int32Array,
  targets: readonly boolean[],
  params: Params,
) => Outcome<KeptRows>;

/** A cleaner as a registry sampler: resolve sampling_strategy, clean every row, report. */
export function cleanerSampler(method: string, clean: CleanRows): Sampler {
  return (data, params, ctx) => {
    const targets = cleaningTargets(data, params.sampling_strategy as SamplingStrategy);
    if (!targets.ok) return targets;
    const numeric = checkNumericFeatures(method, data);
    if (numeric) return numeric;
    const pick = clean(data, allRows(data.n), targets.value, params);
    if (!pick.ok) return pick;
    ctx.onProgress?.(1);
    return ok(cleanerResult(method, data, pick.value));
  };
}
