import { describe, expect, it } from 'vitest';
import { bruteForceIndex } from '../../../src/core/neighbors/brute';
import {
  allRows,
  buildNeighborIndex,
  findNeighbors,
  findNeighborsOfPoints,
} from '../../../src/core/neighbors/find-neighbors';
import { kdTreeIndex } from '../../../src/core/neighbors/kdtree';
import { createRandom } from '../../../src/core/random';

/** Random points on a coarse grid, so that duplicates and equal distances are common. */
function gridPoints(n: number, d: number, seed: number, levels = 5): Float64Array {
  const r = createRandom(seed);
  return Float64Array.from({ length: n * d }, () => r.int(levels));
}

describe('kd-tree k-NN', () => {
  for (const [n, d, k, levels] of [
    [300, 2, 5, 6],
    [500, 3, 7, 4],
    [400, 10, 4, 3],
    [200, 1, 9, 20],
    [1000, 5, 15, 1000],
  ] as const) {
    it(`equals the brute-force oracle to the last index (n=${n}, d=${d}, k=${k})`, () => {
      const X = gridPoints(n, d, n + d, levels);
      const rows = allRows(n);
      const kd = findNeighbors(kdTreeIndex(X, d, rows), X, d, rows, k);
      const brute = findNeighbors(bruteForceIndex(X, d, rows), X, d, rows, k);
      expect(Array.from(kd.indices)).toEqual(Array.from(brute.indices));
      expect(Array.from(kd.distances)).toEqual(Array.from(brute.distances));
    });
  }

  it('never returns the query row itself, even among exact duplicates', () => {
    const d = 2;
    const X = new Float64Array(60 * d).fill(1); // 60 identical points
    const rows = allRows(60);
    const t = findNeighbors(kdTreeIndex(X, d, rows), X, d, rows, 3);
    for (let q = 0; q < 60; q++) {
      const got = Array.from(t.indices.subarray(q * 3, q * 3 + 3));
      expect(got).not.toContain(q);
      // ties at distance 0 go to the lowest row indices
      expect(got).toEqual([0, 1, 2, 3].filter((i) => i !== q).slice(0, 3));
      expect(Array.from(t.distances.subarray(q * 3, q * 3 + 3))).toEqual([0, 0, 0]);
    }
  });

  it('keeps exact ties at leaf-box edges: duplicates spread over many leaves, 10-D Gaussian', () => {
    const d = 10;
    const r = createRandom(5);
    const n = 1500;
    const X = Float64Array.from({ length: n * d }, () => r.normal());
    // 60 copies of row 0 and 40 rows differing from it in one feature only, scattered over the
    // rows: they land in different leaves whose boxes end exactly on the query's coordinates.
    for (let c = 1; c <= 100; c++) {
      const row = c * 13;
      X.copyWithin(row * d, 0, d);
      if (c > 60) X[row * d + (c % d)] += 0.25;
    }
    const rows = allRows(n);
    for (const k of [5, 64, 90]) {
      const kd = findNeighbors(kdTreeIndex(X, d, rows), X, d, rows, k);
      const brute = findNeighbors(bruteForceIndex(X, d, rows), X, d, rows, k);
      expect(Array.from(kd.indices)).toEqual(Array.from(brute.indices));
      expect(Array.from(kd.distances)).toEqual(Array.from(brute.distances));
    }
  });

  it('searches only the indexed subset and returns global row indices', () => {
    const d = 2;
    const X = gridPoints(400, d, 9, 50);
    const subset = Int32Array.from({ length: 100 }, (_, i) => i * 4 + 1);
    const kd = findNeighbors(buildNeighborIndex(X, d, subset), X, d, subset, 6);
    const brute = findNeighbors(bruteForceIndex(X, d, subset), X, d, subset, 6);
    expect(Array.from(kd.indices)).toEqual(Array.from(brute.indices));
    for (const i of kd.indices) expect(i % 4).toBe(1);
  });

  it('answers queries for points outside the data, nothing excluded', () => {
    const d = 3;
    const X = gridPoints(300, d, 11, 10);
    const rows = allRows(300);
    const points = gridPoints(40, d, 12, 10);
    const kd = findNeighborsOfPoints(kdTreeIndex(X, d, rows), points, d, 5);
    const brute = findNeighborsOfPoints(bruteForceIndex(X, d, rows), points, d, 5);
    expect(Array.from(kd.indices)).toEqual(Array.from(brute.indices));
  });

  it('returns sorted Euclidean distances', () => {
    const X = Float64Array.from([0, 0, 3, 4, 6, 8, 1, 0]);
    const t = findNeighbors(bruteForceIndex(X, 2, allRows(4)), X, 2, [0], 3);
    expect(Array.from(t.indices)).toEqual([3, 1, 2]);
    expect(Array.from(t.distances)).toEqual([1, 5, 10]);
  });

  it('refuses to return more neighbours than there are candidates', () => {
    const X = gridPoints(50, 2, 1, 100);
    const rows = allRows(50);
    expect(() => findNeighbors(kdTreeIndex(X, 2, rows), X, 2, rows, 50)).toThrow(/49 candidates/);
  });
});
