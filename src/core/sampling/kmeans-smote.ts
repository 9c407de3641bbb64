// KMeansSMOTE: Douzas, Bacao and Last (2018), "Improving imbalanced learning through a heuristic
// oversampling method based on k-means and SMOTE", Information Sciences 465. imbalanced-learn
// 0.14's algorithm: cluster all rows, keep clusters where the class is frequent enough and has
// k_neighbors + 1 rows, weight them by sparsity (its density exponent uses the sample count, as
// imbalanced-learn does, not the feature count of the paper) and make ceil(n·weight) per cluster,
// so the total can exceed n: kept, with a warning. Differences: k-means++ with Lloyd iterations
// instead of MiniBatchKMeans, fitted once (imbalanced-learn refits the same seeded estimator per
// class, which gives the same clusters); identical points, no valid cluster and fewer rows than
// clusters are error values instead of crashes.
import type { Dataset } from '../data/dataset';
import { fitKMeans } from '../learn/kmeans';
import { buildNeighborIndex, findNeighbors } from '../neighbors/find-neighbors';
import { fail, type Outcome, ok } from '../outcome';
import { forEachResampledClass } from './class-loop';
import { samplingStrategyParam } from './common-params';
import { generateSamples } from './generate';
import { numericOverSamplingTargets } from './numeric-features';
import { pairDistanceSum } from './pair-distance-sum';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';

const DEFAULT_CLUSTERS = 8;

/** Mean pairwise distance of the rows, raised to the exponent, per row (imbalanced-learn's sparsity). */
export function clusterSparsity(
  X: Float64Array,
  d: number,
  rows: Int32Array,
  exponent: number | 'auto',
): number {
  const q = rows.length;
  const sum = pairDistanceSum(X, d, rows);
  const meanDistance = (2 * sum) / (q * q - q);
  const e = exponent === 'auto' ? (Math.log(q) / Math.log(1.6)) ** 1.8 * 0.16 : exponent;
  return meanDistance ** e / q;
}

/** Rows of class c in each cluster, and each cluster's size. */
function membersByCluster(data: Dataset, labels: Int32Array, K: number, c: number) {
  const size = new Int32Array(K);
  const lists: number[][] = Array.from({ length: K }, () => []);
  for (let i = 0; i < data.n; i++) {
    size[labels[i]]++;
    if (data.y[i] === c) lists[labels[i]].push(i);
  }
  return { size, members: lists.map((l) => Int32Array.from(l)) };
}

export function kmeansSmote(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const k = params.k_neighbors as number;
  const K = (params.kmeans_estimator as number | null) ?? DEFAULT_CLUSTERS;
  const balance = params.cluster_balance_threshold as number | 'auto';
  const exponent = params.density_exponent as number | 'auto';
  const targets = numericOverSamplingTargets('KMeansSMOTE', data, params);
  if (!targets.ok) return targets;
  if (data.n < K) {
    return fail(
      `kmeans_estimator=${K} asks for ${K} clusters but the data has ${data.n} samples; kmeans_estimator can be at most ${data.n}`,
      { parameter: 'kmeans_estimator' },
    );
  }
  const total = targets.value.reduce((s, v) => s + v, 0);
  const { labels } = fitKMeans(data.X, data.d, ctx.random, { nClusters: K });
  const out = new SyntheticRows(data);
  const used = new Set<number>();
  const warnings: string[] = [];
  const failure = forEachResampledClass(targets.value, ctx, (c, n) => {
    const name = data.classNames[c];
    const threshold = K === 1 ? -Infinity : balance === 'auto' ? n / total / 2 : balance;
    const { size, members } = membersByCluster(data, labels, K, c);
    const valid: number[] = [];
    const sparsity: number[] = [];
    let lowShare = 0;
    let fewRows = 0;
    for (let q = 0; q < K; q++) {
      if (size[q] === 0) continue;
      if (members[q].length / size[q] < threshold) lowShare++;
      else if (members[q].length < k + 1) fewRows++;
      else {
        valid.push(q);
        sparsity.push(clusterSparsity(data.X, data.d, members[q], exponent));
      }
    }
    if (valid.length === 0) {
      const limit = Number.isFinite(threshold) ? +threshold.toFixed(4) : threshold;
      const share = `${lowShare} with less than ${limit} of their rows in the class (cluster_balance_threshold)`;
      return fail(
        `KMeansSMOTE found no usable cluster for class ${name}: ${share}, ${fewRows} with fewer than ${k + 1} rows of the class (k_neighbors + 1); lower cluster_balance_threshold or k_neighbors, or use more clusters (kmeans_estimator)`,
        { parameter: lowShare > 0 ? 'cluster_balance_threshold' : 'k_neighbors', className: name },
      );
    }
    const sum = sparsity.reduce((s, v) => s + v, 0);
    if (!(sum > 0) || !Number.isFinite(sum)) {
      return fail(
        `KMeansSMOTE cannot weight the clusters of class ${name}: the class rows in every usable cluster are identical (mean distance 0), so density_exponent=${exponent} gives weights 0/0; there is nothing to interpolate between, try RandomOverSampler`,
        { parameter: 'density_exponent', className: name },
      );
    }
    let made = 0;
    valid.forEach((q, v) => {
      const rows = members[q];
      const share = Math.ceil((n * sparsity[v]) / sum);
      const index = buildNeighborIndex(data.X, data.d, rows);
      const neighbors = findNeighbors(index, data.X, data.d, rows, k);
      generateSamples(out, ctx.random, { classCode: c, anchors: rows, neighbors, n: share });
      made += share;
      used.add(q);
    });
    if (made !== n) {
      warnings.push(
        `KMeansSMOTE made ${made} samples for class ${name}, not ${n}, because each of its ${valid.length} clusters gets ceil(n·weight) samples, as imbalanced-learn does`,
      );
    }
    return null;
  });
  if (failure) return failure;
  const diagnostics = { clusterLabels: labels, clustersUsed: [...used].sort((a, b) => a - b) };
  return ok(out.finish('KMeansSMOTE', diagnostics, warnings));
}

export const kmeansSmoteEntry: MethodEntry = {
  name: 'KMeansSMOTE',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [
    samplingStrategyParam,
    {
      name: 'k_neighbors',
      kind: 'int',
      default: 2,
      min: 1,
      help: 'How many nearest same-class neighbours within its cluster each anchor may interpolate toward.',
    },
    {
      name: 'kmeans_estimator',
      kind: 'int-or-none',
      default: null,
      min: 1,
      help: 'Number of k-means clusters (None: 8); more clusters find smaller minority pockets.',
    },
    {
      name: 'cluster_balance_threshold',
      kind: 'float-or-auto',
      default: 'auto',
      help: "Smallest share of the class a cluster needs to be over-sampled ('auto': half its share of the samples to make).",
    },
    {
      name: 'density_exponent',
      kind: 'float-or-auto',
      default: 'auto',
      help: "How strongly sparse clusters get more samples ('auto' grows with the cluster's sample count).",
    },
  ],
  paper:
    'Douzas, Bacao and Last (2018), Improving imbalanced learning through a heuristic oversampling method based on k-means and SMOTE, Information Sciences 465:1–20',
  lesson:
    'Clusters first, then over-samples only where the minority dominates, and more where it is sparse.',
  run: kmeansSmote,
};
