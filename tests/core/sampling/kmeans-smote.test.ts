import { describe, expect, it } from 'vitest';
import { type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { kmeansSmoteEntry } from '../../../src/core/sampling/kmeans-smote';
import type { Params, ResampleResult } from '../../../src/core/sampling/types';
import { countsByName, errorOf, expectOnSegments, nearest, run } from './over-sampler-checks';

interface Group {
  at: [number, number];
  spread: number;
  minority: number;
  majority: number;
}

/** Well-separated groups, so that k-means with one cluster per group finds exactly them. */
function groups(spec: Group[], seed: number): Dataset {
  const r = createRandom(seed);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const g of spec) {
    for (const [label, count] of [
      [1, g.minority],
      [0, g.majority],
    ]) {
      for (let i = 0; i < count; i++) {
        rows.push([g.at[0] + g.spread * r.normal(), g.at[1] + g.spread * r.normal()]);
        labels.push(label);
      }
    }
  }
  return datasetFromRows({ rows, labels });
}

const fourGroups: Group[] = [
  { at: [0, 0], spread: 1, minority: 15, majority: 3 },
  { at: [100, 0], spread: 3, minority: 10, majority: 2 },
  { at: [0, 100], spread: 1, minority: 0, majority: 30 },
  { at: [100, 100], spread: 1, minority: 2, majority: 30 },
];

/** imbalanced-learn's sparsity, restated: mean distance over ordered pairs ^ exponent / count. */
function sparsity(data: Dataset, rows: number[]): number {
  const q = rows.length;
  let sum = 0;
  for (const a of rows) {
    for (const b of rows) {
      let s = 0;
      for (let t = 0; t < data.d; t++) s += (data.X[a * data.d + t] - data.X[b * data.d + t]) ** 2;
      sum += Math.sqrt(s);
    }
  }
  const e = (Math.log(q) / Math.log(1.6)) ** 1.8 * 0.16;
  return (sum / (q * q - q)) ** e / q;
}

/** Class-1 rows per cluster id, from the reported labels. */
function minorityByCluster(data: Dataset, res: ResampleResult): Map<number, number[]> {
  const byCluster = new Map<number, number[]>();
  for (let i = 0; i < data.n; i++) {
    if (data.y[i] !== 1) continue;
    const q = res.diagnostics.clusterLabels![i];
    byCluster.set(q, [...(byCluster.get(q) ?? []), i]);
  }
  return byCluster;
}

describe('KMeansSMOTE', () => {
  const data = groups(fourGroups, 1);
  const params: Params = { kmeans_estimator: 4 };
  const res = run(kmeansSmoteEntry, data, params);

  it('clusters all rows and uses the clusters where the minority is at least half', () => {
    const labels = res.diagnostics.clusterLabels!;
    expect(labels.length).toBe(data.n);
    // Each group is one cluster.
    let start = 0;
    for (const g of fourGroups) {
      const size = g.minority + g.majority;
      expect(new Set(labels.subarray(start, start + size)).size).toBe(1);
      start += size;
    }
    expect(res.diagnostics.clustersUsed).toEqual([labels[0], labels[18]].sort((a, b) => a - b));
  });

  it('makes ceil(n·weight) per cluster, so more than asked, and warns', () => {
    const n = 65 - 27;
    const used = res.diagnostics.clustersUsed!;
    const byCluster = minorityByCluster(data, res);
    const s = used.map((q) => sparsity(data, byCluster.get(q)!));
    const total = s.reduce((a, b) => a + b, 0);
    const shares = s.map((v) => Math.ceil((n * v) / total));
    const made = shares.reduce((a, b) => a + b, 0);
    expect(made).toBeGreaterThan(n);
    expect(countsByName(res)).toEqual({ 0: 65, 1: 27 + made });
    expect(res.warnings).toEqual([
      `KMeansSMOTE made ${made} samples for class 1, not ${n}, because each of its 2 clusters gets ceil(n·weight) samples, as imbalanced-learn does`,
    ]);
    // Per cluster, in cluster id order.
    const anchorsCluster = Array.from(
      res.provenance.anchor,
      (a) => res.diagnostics.clusterLabels![a],
    );
    expect(anchorsCluster).toEqual(used.flatMap((q, v) => Array(shares[v]).fill(q)));
  });

  it('puts every row on its segment, toward a k-nearest class row of the same cluster', () => {
    const labels = res.diagnostics.clusterLabels!;
    const byCluster = minorityByCluster(data, res);
    const { anchor, neighbor, gap } = res.provenance;
    for (let s = 0; s < anchor.length; s++) {
      expect(data.y[anchor[s]]).toBe(1);
      expect(labels[neighbor[s]]).toBe(labels[anchor[s]]);
      const candidates = byCluster.get(labels[anchor[s]])!;
      expect(nearest(data, candidates, anchor[s], 2)).toContain(neighbor[s]);
      expect(gap[s]).toBeGreaterThanOrEqual(0);
      expect(gap[s]).toBeLessThan(1);
    }
    expectOnSegments(res, data);
  });

  it('uses the single cluster whatever the balance when kmeans_estimator is 1', () => {
    const one = run(kmeansSmoteEntry, data, { kmeans_estimator: 1 });
    expect(countsByName(one)).toEqual({ 0: 65, 1: 65 });
    expect(one.warnings).toEqual([]);
    expect(one.diagnostics.clustersUsed).toEqual([0]);
  });

  it('says which class has no usable cluster, why, and what to change', () => {
    expect(errorOf(kmeansSmoteEntry, data, { ...params, cluster_balance_threshold: 0.9 })).toBe(
      'KMeansSMOTE found no usable cluster for class 1: 4 with less than 0.9 of their rows in the class (cluster_balance_threshold), 0 with fewer than 3 rows of the class (k_neighbors + 1); lower cluster_balance_threshold or k_neighbors, or use more clusters (kmeans_estimator)',
    );
    expect(errorOf(kmeansSmoteEntry, data, { ...params, k_neighbors: 15 })).toMatch(
      /: 2 with less than 0.5 of their rows .*, 2 with fewer than 16 rows of the class/,
    );
  });

  it('refuses identical minority points instead of crashing as imbalanced-learn does', () => {
    const identical = groups(
      fourGroups.map((g) => ({ ...g, spread: 0 })),
      1,
    );
    expect(errorOf(kmeansSmoteEntry, identical, params)).toMatch(
      /clusters of class 1: the class rows in every usable cluster are identical/,
    );
  });

  it('names kmeans_estimator and the limit when there are fewer rows than clusters', () => {
    expect(errorOf(kmeansSmoteEntry, data, { kmeans_estimator: 200 })).toMatch(
      /kmeans_estimator=200 asks for 200 clusters but the data has 92 samples; kmeans_estimator can be at most 92/,
    );
  });

  it('gives identical output for the same seed', () => {
    const a = run(kmeansSmoteEntry, data, {}, 5);
    const b = run(kmeansSmoteEntry, data, {}, 5);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.diagnostics.clusterLabels!)).toEqual(
      Array.from(b.diagnostics.clusterLabels!),
    );
  });
});
