// SMOTE: Chawla, Bowyer, Hall and Kegelmeyer (2002), "SMOTE: Synthetic Minority Over-sampling
// Technique", JAIR 16. Same as imbalanced-learn's SMOTE, except that too small a class is an error
// value naming the class and the largest usable k_neighbors instead of a scikit-learn crash.
import { classRows, type Dataset } from '../data/dataset';
import { buildNeighborIndex, findNeighbors } from '../neighbors/find-neighbors';
import { type Outcome, ok } from '../outcome';
import { checkClassSize } from './class-size';
import { kNeighborsParam, samplingStrategyParam } from './common-params';
import { generateSamples } from './generate';
import { numericOverSamplingTargets } from './numeric-features';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';

export function smote(data: Dataset, params: Params, ctx: SamplerContext): Outcome<ResampleResult> {
  const k = params.k_neighbors as number;
  const targets = numericOverSamplingTargets('SMOTE', data, params);
  if (!targets.ok) return targets;
  const out = new SyntheticRows(data);
  const classes = data.classNames.length;
  for (let c = 0; c < classes; c++) {
    const n = targets.value[c];
    if (n === 0) continue;
    const rows = classRows(data, c);
    const tooSmall = checkClassSize('k_neighbors', k, rows.length, data.classNames[c]);
    if (tooSmall) return tooSmall;
    const index = buildNeighborIndex(data.X, data.d, rows);
    const neighbors = findNeighbors(index, data.X, data.d, rows, k);
    generateSamples(out, ctx.random, { classCode: c, anchors: rows, neighbors, n });
    ctx.onProgress?.((c + 1) / classes);
    if (ctx.signal?.aborted) break;
  }
  return ok(out.finish('SMOTE'));
}

export const smoteEntry: MethodEntry = {
  name: 'SMOTE',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [samplingStrategyParam, kNeighborsParam],
  paper: 'Chawla et al. (2002), SMOTE: Synthetic Minority Over-sampling Technique, JAIR 16:321–357',
  lesson: 'Fills the space between minority neighbours instead of repeating rows.',
  run: smote,
};
