// SMOTEN: Chawla, Bowyer, Hall and Kegelmeyer (2002), "SMOTE: Synthetic Minority Over-sampling
// Technique", JAIR 16, section 6.2 (SMOTE-N), with the Value Difference Metric. As imbalanced-learn
// 0.14: every feature is categorical (a numeric column by its distinct values), neighbours are
// found within the class with the row itself counted, and a synthetic row takes, per feature, the
// most common category of the anchor and its k neighbours (ties: the category that sorts first).
// Differences: ties between equally distant rows go by row index; too small a class is an error value.
import { classRows, type Dataset } from '../data/dataset';
import { type Outcome, ok } from '../outcome';
import { type CategoricalFeature, categoricalFeature, writeCategory } from './categorical-feature';
import { forEachResampledClass } from './class-loop';
import { checkClassSize } from './class-size';
import { kNeighborsParam, samplingStrategyParam } from './common-params';
import { overSamplingTargets, type SamplingStrategy } from './strategy';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';
import { classProbabilityRows, valueDifference } from './value-difference';

/** The `size` rows of `rows` nearest to `anchor` by VDM, self included, ties by row index. */
export function nearestWithSelf(
  P: Float64Array,
  features: number,
  classes: number,
  rows: Int32Array,
  anchor: number,
  size: number,
): Int32Array {
  const best = new Int32Array(size);
  const dist = new Float64Array(size).fill(Infinity);
  for (const i of rows) {
    const d = valueDifference(P, features, classes, anchor, i);
    // rows ascend, so a later row at an equal distance never displaces an earlier one.
    if (d >= dist[size - 1]) continue;
    let at = size - 1;
    while (at > 0 && dist[at - 1] > d) {
      dist[at] = dist[at - 1];
      best[at] = best[at - 1];
      at--;
    }
    dist[at] = d;
    best[at] = i;
  }
  return best;
}

/** Per feature, the most common code among `group`; ties go to the smallest code. */
function modeCodes(features: CategoricalFeature[], group: Int32Array): Int32Array {
  const out = new Int32Array(features.length);
  features.forEach((f, fi) => {
    const tally = new Int32Array(f.size);
    for (const i of group) tally[f.codes[i]]++;
    let best = 0;
    for (let code = 1; code < f.size; code++) if (tally[code] > tally[best]) best = code;
    out[fi] = best;
  });
  return out;
}

export function smoteN(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const k = params.k_neighbors as number;
  const targets = overSamplingTargets(data, params.sampling_strategy as SamplingStrategy);
  if (!targets.ok) return targets;
  const features = data.columns.map((ref) => categoricalFeature(data, ref));
  const F = features.length;
  const C = data.classNames.length;
  let P: Float64Array | null = null;
  const out = new SyntheticRows(data);
  const failure = forEachResampledClass(targets.value, ctx, (c, n) => {
    const rows = classRows(data, c);
    const tooSmall = checkClassSize('k_neighbors', k, rows.length, data.classNames[c]);
    if (tooSmall) return tooSmall;
    P ??= classProbabilityRows(data, features);
    const chosen = new Int32Array(n);
    for (let s = 0; s < n; s++) chosen[s] = ctx.random.int(rows.length);
    // Each anchor always yields the same row: compute it once.
    const modes = new Map<number, Int32Array>();
    out.reserve(n);
    for (const p of chosen) {
      const anchor = rows[p];
      let codes = modes.get(p);
      if (!codes) {
        codes = modeCodes(features, nearestWithSelf(P, F, C, rows, anchor, k + 1));
        modes.set(p, codes);
      }
      const r = out.addRow(c, anchor, data.X.subarray(anchor * data.d, anchor * data.d + data.d));
      for (let f = 0; f < F; f++) writeCategory(out, r, features[f], codes[f]);
    }
    return null;
  });
  if (failure) return failure;
  return ok(out.finish('SMOTEN'));
}

export const smoteNEntry: MethodEntry = {
  name: 'SMOTEN',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [samplingStrategyParam, kNeighborsParam],
  paper:
    'Chawla, Bowyer, Hall and Kegelmeyer (2002), SMOTE: Synthetic Minority Over-sampling Technique, JAIR 16:321–357, §6.2 SMOTE-N',
  lesson:
    'All-categorical data: distance from how classes use each value (VDM), and each feature takes the neighbours’ most common category.',
  run: smoteN,
};
