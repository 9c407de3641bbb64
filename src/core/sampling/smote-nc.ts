// SMOTENC: Chawla, Bowyer, Hall and Kegelmeyer (2002), "SMOTE: Synthetic Minority Over-sampling
// Technique", JAIR 16, section 6.1 (SMOTE-NC). imbalanced-learn 0.14's algorithm: per class, a
// differing category adds med_c² (med_c = median of the class's numeric standard deviations) to the
// squared distance; numeric features are interpolated, each categorical one takes the most common
// category among the anchor's k neighbours, ties broken at random. Differences: votes compare whole
// counts (np.isclose would call every category a tie when med_c is below ~1e-8); a numeric column
// named categorical keeps its column kind and takes one of its own values.
import { classRows, type Dataset } from '../data/dataset';
import { allRows, buildNeighborIndex, findNeighbors } from '../neighbors/find-neighbors';
import type { NeighborTable } from '../neighbors/types';
import { type Outcome, ok } from '../outcome';
import type { Random } from '../random';
import { type CategoricalFeature, categoricalFeature, writeCategory } from './categorical-feature';
import { resolveCategoricalFeatures } from './categorical-features-param';
import { forEachResampledClass } from './class-loop';
import { checkClassSize } from './class-size';
import { kNeighborsParam, samplingStrategyParam } from './common-params';
import { generateSamples } from './generate';
import { overSamplingTargets, type SamplingStrategy } from './strategy';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ParamValue, ResampleResult, SamplerContext } from './types';

/** Median over the given numeric columns of their population standard deviation within `rows`. */
export function medianStd(data: Dataset, rows: Int32Array, columns: number[]): number {
  const { X, d } = data;
  const stds = columns.map((j) => {
    let mean = 0;
    for (const i of rows) mean += X[i * d + j];
    mean /= rows.length;
    let ss = 0;
    for (const i of rows) ss += (X[i * d + j] - mean) ** 2;
    return Math.sqrt(ss / rows.length);
  });
  stds.sort((a, b) => a - b);
  const mid = stds.length >> 1;
  return stds.length % 2 === 1 ? stds[mid] : (stds[mid - 1] + stds[mid]) / 2;
}

/** The class rows as [numeric | one-hot × med_c/√2]; returns the matrix and its width. */
function encodeClass(
  data: Dataset,
  rows: Int32Array,
  continuous: number[],
  features: CategoricalFeature[],
  med: number,
): { Z: Float64Array; width: number } {
  const width = continuous.length + features.reduce((s, f) => s + f.size, 0);
  const Z = new Float64Array(rows.length * width);
  const hot = med / Math.SQRT2;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    let at = r * width;
    for (const j of continuous) Z[at++] = data.X[i * data.d + j];
    for (const f of features) {
      Z[at + f.codes[i]] = hot;
      at += f.size;
    }
  }
  return { Z, width };
}

export interface SmoteNcColumns {
  /** The voted features. */
  features: CategoricalFeature[];
  /** Indices of the numeric features that are interpolated. */
  continuous: number[];
}

/** Which columns SMOTENC votes and which it interpolates, from categorical_features. */
export function smoteNcColumns(data: Dataset, value: ParamValue): Outcome<SmoteNcColumns> {
  const chosen = resolveCategoricalFeatures(data, value);
  if (!chosen.ok) return chosen;
  const features = data.columns
    .filter((_, p) => chosen.value[p])
    .map((ref) => categoricalFeature(data, ref));
  const continuous = data.columns
    .filter((ref, p) => !chosen.value[p] && ref.kind === 'numeric')
    .map((ref) => ref.index);
  return ok({ features, continuous });
}

/** Each class row's k nearest class rows by SMOTENC's distance, as input rows. */
export function smoteNcNeighbors(
  data: Dataset,
  rows: Int32Array,
  continuous: number[],
  features: CategoricalFeature[],
  k: number,
): NeighborTable {
  const med = medianStd(data, rows, continuous);
  const { Z, width } = encodeClass(data, rows, continuous, features, med);
  const local = allRows(rows.length);
  const table = findNeighbors(buildNeighborIndex(Z, width, local), Z, width, local, k);
  // The search ran on class positions; generation and provenance speak input rows.
  const indices = table.indices.map((p) => rows[p]);
  return { k, indices, distances: table.distances };
}

/** Sets each categorical feature of synthetic rows [from, to) to the vote of the anchor's neighbours. */
function voteCategories(
  out: SyntheticRows,
  random: Random,
  from: number,
  neighbors: NeighborTable,
  rowOf: Int32Array,
  features: CategoricalFeature[],
): void {
  const { k, indices } = neighbors;
  const tally = new Int32Array(Math.max(...features.map((f) => f.size)));
  const tied: number[] = [];
  for (let r = from; r < out.count; r++) {
    const at = rowOf[out.anchor[r]] * k;
    for (const f of features) {
      tally.fill(0, 0, f.size);
      for (let j = 0; j < k; j++) tally[f.codes[indices[at + j]]]++;
      let best = 0;
      tied.length = 0;
      for (let code = 0; code < f.size; code++) {
        if (tally[code] > best) {
          best = tally[code];
          tied.length = 0;
        }
        if (tally[code] === best && best > 0) tied.push(code);
      }
      const code = tied.length === 1 ? tied[0] : tied[random.int(tied.length)];
      writeCategory(out, r, f, code);
    }
  }
}

export function smoteNc(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const k = params.k_neighbors as number;
  const columns = smoteNcColumns(data, params.categorical_features);
  if (!columns.ok) return columns;
  const { features, continuous } = columns.value;
  const targets = overSamplingTargets(data, params.sampling_strategy as SamplingStrategy);
  if (!targets.ok) return targets;
  const out = new SyntheticRows(data);
  const rowOf = new Int32Array(data.n);
  const failure = forEachResampledClass(targets.value, ctx, (c, n) => {
    const rows = classRows(data, c);
    const tooSmall = checkClassSize('k_neighbors', k, rows.length, data.classNames[c]);
    if (tooSmall) return tooSmall;
    const neighbors = smoteNcNeighbors(data, rows, continuous, features, k);
    rows.forEach((i, p) => {
      rowOf[i] = p;
    });
    const from = out.count;
    generateSamples(out, ctx.random, { classCode: c, anchors: rows, neighbors, n });
    voteCategories(out, ctx.random, from, neighbors, rowOf, features);
    return null;
  });
  if (failure) return failure;
  return ok(out.finish('SMOTENC'));
}

export const smoteNcEntry: MethodEntry = {
  name: 'SMOTENC',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [
    {
      name: 'categorical_features',
      kind: 'columns',
      default: [],
      help: 'Columns to vote instead of interpolate, by name or index; empty means every text column.',
    },
    samplingStrategyParam,
    kNeighborsParam,
  ],
  paper:
    'Chawla, Bowyer, Hall and Kegelmeyer (2002), SMOTE: Synthetic Minority Over-sampling Technique, JAIR 16:321–357, §6.1 SMOTE-NC',
  lesson:
    'Mixed data: numbers are interpolated, categories are voted by the neighbours, so no half-category appears.',
  run: smoteNc,
};
