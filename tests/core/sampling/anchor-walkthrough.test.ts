import { describe, expect, it } from 'vitest';
import { classRows, datasetFromRows } from '../../../src/core/data/dataset';
import { bruteForceIndex } from '../../../src/core/neighbors/brute';
import { createRandom } from '../../../src/core/random';
import { anchorWalkthrough, pointOnSegment } from '../../../src/core/sampling/anchor-walkthrough';

const fraud = datasetFromRows({
  rows: [
    [120, 280],
    [160, 230],
    [190, 300],
    [140, 190],
    [600, 1300],
    [130, 270], // legitimate, closer to row 0 than any fraud row: must not be a neighbour
    [400, 900],
  ],
  labels: ['fraud', 'fraud', 'fraud', 'fraud', 'fraud', 'legitimate', 'legitimate'],
  featureNames: ['transaction_amount', 'time_of_day'],
  labelName: 'fraud',
});

function unwrap<T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

describe('anchorWalkthrough', () => {
  it('finds the fraud example neighbours of row 0 within the fraud class', () => {
    const w = unwrap(anchorWalkthrough(fraud, 0, 3, 0, createRandom(0)));
    expect([...w.neighbors]).toEqual([1, 2, 3]);
    expect(w.distances[0]).toBeCloseTo(Math.hypot(40, 50), 12);
    expect(w.distances.map((d) => Math.round(d * 10) / 10)).toEqual(
      new Float64Array([64, 72.8, 92.2]),
    );
    expect(w.children.X.length).toBe(0);
  });

  it('places the worked examples exactly', () => {
    const between = (a: number[], b: number[], lambda: number) => {
      const pair = datasetFromRows({ rows: [a, b], labels: ['m', 'm'] });
      return [...pointOnSegment(pair, 0, 1, lambda)].map((v) => Number(v.toPrecision(12)));
    };
    const fraudPoint = [...pointOnSegment(fraud, 0, 1, 0.4)];
    expect(fraudPoint.map((v) => Number(v.toPrecision(12)))).toEqual([136, 260]);
    expect(between([2, 4], [4, 8], 0.5)).toEqual([3, 6]);
    expect(between([2, 4], [4, 8], 0.25)).toEqual([2.5, 5]);
    expect(between([10, 80], [14, 100], 0.25)).toEqual([11, 85]);
    expect(between([30000, 15000, 25], [35000, 20000, 30], 0.6)).toEqual([33000, 18000, 28]);
  });

  it('puts every child on its segment to one of the k neighbours with λ in [0, 1)', () => {
    const w = unwrap(anchorWalkthrough(fraud, 0, 3, 50, createRandom(7)));
    expect(w.children.gap.length).toBe(50);
    for (let s = 0; s < 50; s++) {
      const nn = w.children.neighbor[s];
      const gap = w.children.gap[s];
      expect([1, 2, 3]).toContain(nn);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(1);
      const expected = pointOnSegment(fraud, 0, nn, gap);
      expect(w.children.X[s * 2]).toBe(expected[0]);
      expect(w.children.X[s * 2 + 1]).toBe(expected[1]);
    }
  });

  it('chooses neighbours uniformly among the k', () => {
    const w = unwrap(anchorWalkthrough(fraud, 0, 3, 3000, createRandom(3)));
    const counts = new Map<number, number>();
    for (const nn of w.children.neighbor) counts.set(nn, (counts.get(nn) ?? 0) + 1);
    for (const row of [1, 2, 3]) {
      expect(counts.get(row)).toBeGreaterThan(900);
      expect(counts.get(row)).toBeLessThan(1100);
    }
  });

  it('gives identical children for the same seed and different ones for another seed', () => {
    const a = unwrap(anchorWalkthrough(fraud, 2, 3, 5, createRandom(42)));
    const b = unwrap(anchorWalkthrough(fraud, 2, 3, 5, createRandom(42)));
    const c = unwrap(anchorWalkthrough(fraud, 2, 3, 5, createRandom(43)));
    expect(b.children).toEqual(a.children);
    expect(c.children.gap).not.toEqual(a.children.gap);
  });

  it('never returns the anchor itself and breaks ties by row index', () => {
    const data = datasetFromRows({
      rows: [
        [0, 0],
        [1, 0],
        [0, 0],
        [0, 1],
        [-1, 0],
        [9, 9],
      ],
      labels: ['m', 'm', 'm', 'm', 'm', 'M'],
    });
    const w = unwrap(anchorWalkthrough(data, 2, 4, 0, createRandom(0)));
    expect([...w.neighbors]).toEqual([0, 1, 3, 4]);
    expect([...w.distances]).toEqual([0, 1, 1, 1]);
  });

  it('matches the brute-force oracle on random data with duplicates', () => {
    const random = createRandom(11);
    const rows = Array.from({ length: 120 }, () => [random.int(6), random.int(6), random.int(3)]);
    const labels = rows.map((_, i) => (i % 3 === 0 ? 'minority' : 'majority'));
    const data = datasetFromRows({ rows, labels });
    const minority = classRows(data, data.classNames.indexOf('minority'));
    const oracle = bruteForceIndex(data.X, data.d, minority);
    for (const anchor of [0, 3, 57, 117]) {
      const w = unwrap(anchorWalkthrough(data, anchor, 6, 0, createRandom(0)));
      const indices = new Int32Array(6);
      const distances = new Float64Array(6);
      oracle.query(data.X.subarray(anchor * 3, anchor * 3 + 3), 6, anchor, indices, distances, 0);
      expect(w.neighbors).toEqual(indices);
      expect(w.distances).toEqual(distances);
    }
  });

  it('explains a k larger than the class allows', () => {
    const result = anchorWalkthrough(fraud, 0, 5, 3, createRandom(0));
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'class fraud has 5 samples; k_neighbors can be at most 4 (it is 5)',
        parameter: 'k_neighbors',
        className: 'fraud',
      },
    });
  });

  it('rejects an anchor outside the rows and a negative sample count', () => {
    const far = anchorWalkthrough(fraud, 7, 3, 1, createRandom(0));
    expect(far.ok || far.error.message).toBe('anchor must be a row from 0 to 6; got 7');
    const negative = anchorWalkthrough(fraud, 0, 3, -1, createRandom(0));
    expect(negative.ok || negative.error.parameter).toBe('samples_per_anchor');
  });
});
