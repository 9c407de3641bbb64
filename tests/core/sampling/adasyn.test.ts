import { describe, expect, it } from 'vitest';
import { classRows, type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { adasynEntry as entry } from '../../../src/core/sampling/adasyn';
import type { Params } from '../../../src/core/sampling/types';
import {
  blobs,
  countsByName,
  errorOf,
  expectFloatRejectedForThreeClasses,
  expectOnSegments,
  expectStrategyCounts,
  nearest,
  run,
} from './over-sampler-checks';

/** imbalanced-learn's per-row counts restated: rint(r̂·n), r̂ from the k nearest rows of all X. */
function oracleCounts(data: Dataset, c: number, k: number, n: number): number[] {
  const all = Array.from({ length: data.n }, (_, i) => i);
  const r = Array.from(classRows(data, c), (i) => {
    const other = nearest(data, all, i, k).filter((j) => data.y[j] !== c).length;
    return other / k;
  });
  const total = r.reduce((s, v) => s + v, 0);
  return r.map((v) => {
    const x = (v / total) * n;
    const f = Math.floor(x);
    return x - f === 0.5 ? f + (f % 2) : Math.round(x);
  });
}

/** Class counts ADASYN should reach: the strategy's targets, shifted by the per-row rounding. */
function expectedCounts(data: Dataset, k: number, added: number[]): [string, number][] {
  const counts = data.classNames.map((_, c) => classRows(data, c).length);
  return data.classNames.map((name, c) => {
    const made = added[c] === 0 ? 0 : oracleCounts(data, c, k, added[c]).reduce((s, g) => s + g, 0);
    return [name, counts[c] + made];
  });
}

// One feature, n_neighbors = 2. Class 1: row 8 (1.5) has 2 of 2 neighbours in class 0, rows 9 and
// 10 (6, 6.3) have 1 of 2, rows 11..13 (20, 20.5, 21) none: r = 1, .5, .5, 0, 0, 0; r̂ = .5, .25, .25.
const line = datasetFromRows({
  rows: [0, 1, 2, 3, 10, 11, 12, 13, 1.5, 6, 6.3, 20, 20.5, 21].map((x) => [x]),
  labels: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1],
});

describe('ADASYN', () => {
  const two = blobs(6, { 0: 12, 1: 6 }, 2, 0.5);
  const three = blobs(7, { a: 10, b: 7, c: 5 }, 2, 0.5);

  it('reaches the counts of every sampling_strategy form, per-row rounding included', () => {
    const k = 3;
    const cases: [Dataset, Params[string], number[]][] = [
      [two, 'auto', [0, 6]],
      [two, 'minority', [0, 6]],
      [two, 'not majority', [0, 6]],
      [two, 'all', [0, 6]],
      [two, 0.75, [0, 3]],
      [two, { 1: 10 }, [0, 4]],
      [two, { 0: 20, 1: 12 }, [8, 6]],
      [three, 'auto', [0, 3, 5]],
      [three, 'minority', [0, 0, 5]],
      [three, 'not minority', [0, 3, 0]],
      [three, { b: 13, c: 12 }, [0, 6, 7]],
    ];
    for (const [data, strategy, added] of cases) {
      const res = run(entry, data, { n_neighbors: k, sampling_strategy: strategy });
      expect([strategy, countsByName(res)]).toEqual([
        strategy,
        Object.fromEntries(expectedCounts(data, k, added)),
      ]);
    }
    expectStrategyCounts(entry, line, [['not minority', { 0: 8, 1: 6 }]], { n_neighbors: 2 });
    expectFloatRejectedForThreeClasses(entry, three);
  });

  it('gives each row rint(r̂·n) children, in anchor order, and warns when rounding drifts', () => {
    const res = run(entry, line, { n_neighbors: 2, sampling_strategy: { 1: 12 } });
    const weights = Array.from(res.diagnostics.weights!);
    expect(weights.slice(8)).toEqual([0.5, 0.25, 0.25, 0, 0, 0]);
    expect(weights.slice(0, 8)).toEqual(Array(8).fill(0));
    // n = 6: 3, rint(1.5) = 2, rint(1.5) = 2 make 7.
    expect(Array.from(res.diagnostics.anchorCounts!.subarray(8))).toEqual([3, 2, 2, 0, 0, 0]);
    expect(Array.from(res.provenance.anchor)).toEqual([8, 8, 8, 9, 9, 10, 10]);
    expect(res.warnings).toEqual([
      'ADASYN made 7 samples for class 1, not 6, because per-anchor counts are rounded',
    ]);
    // n = 10: 5, rint(2.5) = 2 (half to even), 2 make 9.
    const ten = run(entry, line, { n_neighbors: 2, sampling_strategy: { 1: 16 } });
    expect(Array.from(ten.diagnostics.anchorCounts!.subarray(8, 11))).toEqual([5, 2, 2]);
    expect(ten.warnings[0]).toBe(
      'ADASYN made 9 samples for class 1, not 10, because per-anchor counts are rounded',
    );
    const exact = run(entry, line, { n_neighbors: 2, sampling_strategy: { 1: 14 } });
    expect(exact.warnings).toEqual([]);
  });

  it('puts each row on a segment toward one of its k nearest same-class rows, λ in [0, 1)', () => {
    const k = 3;
    const res = run(entry, three, { n_neighbors: k, sampling_strategy: 'all' });
    expectOnSegments(res, three);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      const c = res.pool.y[three.n + s];
      expect(three.y[a]).toBe(c);
      expect(res.provenance.gap[s]).toBeGreaterThanOrEqual(0);
      expect(res.provenance.gap[s]).toBeLessThan(1);
      expect(nearest(three, classRows(three, c), a, k)).toContain(res.provenance.neighbor[s]);
    }
  });

  it('gives identical output for the same seed', () => {
    const a = run(entry, two, { n_neighbors: 3 }, 11);
    const b = run(entry, two, { n_neighbors: 3 }, 11);
    const c = run(entry, two, { n_neighbors: 3 }, 12);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.pool.X)).not.toEqual(Array.from(c.pool.X));
  });

  it('explains separated classes, nothing to make, too few samples and text features', () => {
    const apart = datasetFromRows({
      rows: [[0], [1], [2], [3], [100], [101], [102]],
      labels: [0, 0, 0, 0, 1, 1, 1],
    });
    expect(errorOf(entry, apart, { n_neighbors: 2 })).toBe(
      'ADASYN cannot weight class 1: none of its samples has a neighbour of another class among its n_neighbors=2 nearest (the classes are apart; use SMOTE)',
    );
    // Rows 8, 9, 10 share one new sample: r̂·1 rounds to 0 for each.
    expect(errorOf(entry, line, { n_neighbors: 2, sampling_strategy: { 1: 7 } })).toBe(
      'ADASYN made no samples for class 1: 1 new samples spread over its 6 rows round to 0 for each (ask for more samples)',
    );
    expect(errorOf(entry, line, { n_neighbors: 14 })).toBe(
      'n_neighbors=14 needs at least 15 samples over all classes to resample class 1; the data has 14, so n_neighbors can be at most 13',
    );
    expect(errorOf(entry, line, { n_neighbors: 6, sampling_strategy: { 1: 30 } })).toBe(
      'class 1 has 6 samples; n_neighbors can be at most 5 (it is 6)',
    );
    const text = {
      ...two,
      categorical: [{ name: 'city', codes: new Int32Array(18), categories: ['Oslo'] }],
    };
    expect(errorOf(entry, text, {})).toMatch(
      /^ADASYN needs numeric features; column 'city' holds text/,
    );
  });
});
