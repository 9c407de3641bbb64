// ADASYN: He, Bai, Garcia and Li (2008), "ADASYN: Adaptive Synthetic Sampling Approach for
// Imbalanced Learning", IJCNN 2008. As imbalanced-learn: each row's share follows the fraction of
// its n_neighbors nearest rows (any class) that are of another class, rounded per row (half to
// even), so a class may get a few more or fewer samples than asked; rows stay in anchor order.
// Differences: the rounding drift is reported as a warning, and its crashes are error values.
import { classRows, type Dataset } from '../data/dataset';
import { buildNeighborIndex, findNeighbors, type NeighborIndex } from '../neighbors/find-neighbors';
import { fail, type Outcome, ok } from '../outcome';
import { forEachResampledClass } from './class-loop';
import { checkClassSize } from './class-size';
import { samplingStrategyParam } from './common-params';
import { numericOverSamplingTargets } from './numeric-features';
import { pairwiseSum, roundHalfEven } from './pairwise-sum';
import { indexOverAllRows } from './sample-count';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';

/** r̂ (normalised difficulty) of each class row, or null when no row has another-class neighbour. */
function difficulty(
  data: Dataset,
  index: NeighborIndex,
  rows: Int32Array,
  c: number,
  k: number,
): Float64Array | null {
  const table = findNeighbors(index, data.X, data.d, rows, k);
  const ratio = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    let other = 0;
    for (let j = 0; j < k; j++) if (data.y[table.indices[r * k + j]] !== c) other++;
    ratio[r] = other / k;
  }
  const total = pairwiseSum(ratio);
  if (total === 0) return null;
  for (let r = 0; r < rows.length; r++) ratio[r] /= total;
  return ratio;
}

export function adasyn(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const k = params.n_neighbors as number;
  const targets = numericOverSamplingTargets('ADASYN', data, params);
  if (!targets.ok) return targets;
  const overAll = indexOverAllRows(data, targets.value, 'n_neighbors', k);
  if (!overAll.ok) return overAll;
  const everyRow = overAll.value!;
  const { random } = ctx;
  const out = new SyntheticRows(data);
  const weights = new Float64Array(data.n);
  const anchorCounts = new Int32Array(data.n);
  const warnings: string[] = [];
  const failure = forEachResampledClass(targets.value, ctx, (c, n) => {
    const name = data.classNames[c];
    const rows = classRows(data, c);
    const rHat = difficulty(data, everyRow, rows, c, k);
    if (!rHat) {
      return fail(
        `ADASYN cannot weight class ${name}: none of its samples has a neighbour of another class among its n_neighbors=${k} nearest (the classes are apart; use SMOTE)`,
        { parameter: 'n_neighbors', className: name },
      );
    }
    let total = 0;
    for (let r = 0; r < rows.length; r++) {
      const g = roundHalfEven(rHat[r] * n);
      weights[rows[r]] = rHat[r];
      anchorCounts[rows[r]] = g;
      total += g;
    }
    if (total === 0) {
      return fail(
        `ADASYN made no samples for class ${name}: ${n} new samples spread over its ${rows.length} rows round to 0 for each (ask for more samples)`,
        { parameter: 'sampling_strategy', className: name },
      );
    }
    if (total !== n) {
      warnings.push(
        `ADASYN made ${total} samples for class ${name}, not ${n}, because per-anchor counts are rounded`,
      );
    }
    const tooSmall = checkClassSize('n_neighbors', k, rows.length, name);
    if (tooSmall) return tooSmall;
    // Only rows with children need their neighbours.
    const anchors = rows.filter((i) => anchorCounts[i] > 0);
    const index = buildNeighborIndex(data.X, data.d, rows);
    const neighbors = findNeighbors(index, data.X, data.d, anchors, k);
    // Each anchor repeated g times, in anchor order; slots first, then steps, as imbalanced-learn.
    const slots = new Int32Array(total);
    for (let s = 0; s < total; s++) slots[s] = random.int(k);
    out.reserve(total);
    let s = 0;
    for (let r = 0; r < anchors.length; r++) {
      for (let t = 0; t < anchorCounts[anchors[r]]; t++, s++) {
        const neighbor = neighbors.indices[r * k + slots[s]];
        out.addInterpolated(c, anchors[r], neighbor, random.next());
      }
    }
    return null;
  });
  if (failure) return failure;
  return ok(out.finish('ADASYN', { weights, anchorCounts }, warnings));
}

export const adasynEntry: MethodEntry = {
  name: 'ADASYN',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [
    samplingStrategyParam,
    {
      name: 'n_neighbors',
      kind: 'int',
      default: 5,
      min: 1,
      help: 'How many nearest rows judge how hard a minority row is, and how many same-class neighbours it may step toward.',
    },
  ],
  paper:
    'He, Bai, Garcia and Li (2008), ADASYN: Adaptive Synthetic Sampling Approach for Imbalanced Learning, IJCNN 2008:1322–1328',
  lesson:
    'Rows surrounded by other classes get more synthetic children: effort goes where learning is hard.',
  run: adasyn,
};
