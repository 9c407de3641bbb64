import { describe, expect, it } from 'vitest';
import { fitKMeans } from '../../../src/core/learn/kmeans';
import { kmeansPlusPlus } from '../../../src/core/learn/kmeans-plus-plus';
import { createRandom } from '../../../src/core/random';

/** Points around `centres`, `per` each, with a little noise. */
function clustered(centres: number[][], per: number, seed: number, spread = 0.3): Float64Array {
  const r = createRandom(seed);
  const d = centres[0].length;
  const X = new Float64Array(centres.length * per * d);
  let i = 0;
  for (const c of centres) {
    for (let p = 0; p < per; p++) for (let t = 0; t < d; t++) X[i++] = c[t] + spread * r.normal();
  }
  return X;
}

function sq(X: Float64Array, d: number, i: number, C: Float64Array, c: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) s += (X[i * d + t] - C[c * d + t]) ** 2;
  return s;
}

describe('kmeansPlusPlus', () => {
  it('picks distinct points even when most rows are duplicates', () => {
    // 3 distinct values, each repeated 20 times: three seeds must be the three values.
    const X = Float64Array.from({ length: 60 }, (_, i) => [0, 10, 20][i % 3]);
    for (let seed = 0; seed < 20; seed++) {
      const seeds = kmeansPlusPlus(X, 1, 3, createRandom(seed));
      const values = Array.from(seeds, (row) => X[row]).sort((a, b) => a - b);
      expect(values).toEqual([0, 10, 20]);
    }
  });

  it('never picks the same row twice', () => {
    const X = clustered([[0, 0]], 30, 4);
    const seeds = kmeansPlusPlus(X, 2, 8, createRandom(1));
    expect(new Set(seeds).size).toBe(8);
  });
});

describe('fitKMeans', () => {
  const centres = [
    [0, 0],
    [8, 0],
    [0, 8],
  ];
  const X = clustered(centres, 40, 2);

  it('labels every row with its nearest centre', () => {
    const res = fitKMeans(X, 2, createRandom(3), { nClusters: 4 });
    for (let i = 0; i < 120; i++) {
      const own = sq(X, 2, i, res.centers, res.labels[i]);
      for (let c = 0; c < 4; c++) expect(own).toBeLessThanOrEqual(sq(X, 2, i, res.centers, c));
    }
  });

  it('recovers well-separated clusters and reports their inertia', () => {
    const res = fitKMeans(X, 2, createRandom(3), { nClusters: 3 });
    for (let g = 0; g < 3; g++) {
      const group = Array.from(res.labels.subarray(g * 40, g * 40 + 40));
      expect(new Set(group).size).toBe(1);
    }
    expect(new Set(res.labels).size).toBe(3);
    let inertia = 0;
    for (let i = 0; i < 120; i++) inertia += sq(X, 2, i, res.centers, res.labels[i]);
    expect(res.inertia).toBeCloseTo(inertia, 9);
  });

  it('never increases the inertia from one iteration to the next', () => {
    const noisy = clustered([[0, 0, 0]], 300, 8, 1);
    const res = fitKMeans(noisy, 3, createRandom(5), { nClusters: 8, trackInertia: true });
    expect(res.inertiaHistory.length).toBeGreaterThan(2);
    for (let t = 1; t < res.inertiaHistory.length; t++) {
      expect(res.inertiaHistory[t]).toBeLessThanOrEqual(res.inertiaHistory[t - 1] + 1e-9);
    }
  });

  it('gives the same clustering for the same seed', () => {
    const noisy = clustered([[0, 0, 0]], 200, 8, 1);
    const a = fitKMeans(noisy, 3, createRandom(11));
    const b = fitKMeans(noisy, 3, createRandom(11));
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.centers)).toEqual(Array.from(b.centers));
    expect(Array.from(a.seeds)).toEqual(Array.from(b.seeds));
    expect(a.centers.length).toBe(8 * 3);
  });

  it('puts identical rows in one cluster, leaving the others empty', () => {
    const same = new Float64Array(10).fill(2);
    const res = fitKMeans(same, 2, createRandom(0), { nClusters: 3 });
    expect(new Set(res.labels).size).toBe(1);
    expect(res.inertia).toBe(0);
  });
});
