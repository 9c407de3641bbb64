import { describe, expect, it } from 'vitest';
import { classRows, datasetFromRows } from '../../../src/core/data/dataset';
import { borderlineSmoteEntry as entry } from '../../../src/core/sampling/borderline';
import {
  blobs,
  errorOf,
  expectFloatRejectedForThreeClasses,
  expectOnSegments,
  expectStrategyCounts,
  nearest,
  run,
  threeClassCases,
  twoClassCases,
} from './over-sampler-checks';

// One feature, so the sets can be read off a number line (m_neighbors = 3: danger has exactly 2
// neighbours of another class, noise 3). Class 1 = rows 6..12.
//   row 6 (1.4) sees 1, 2, 0: noise.  Rows 7..10 (5, 5.5, 6, 6.5) see only each other: safe.
//   row 11 (9.2) sees 10, 10.5, 11: danger.  row 12 (10.5) sees 10, 11, 9.2: danger.
// Class 0: row 3 (10) sees 10.5, 9.2, 11: danger; every other class-0 row has at most one.
const line = datasetFromRows({
  rows: [0, 1, 2, 10, 11, 12, 1.4, 5, 5.5, 6, 6.5, 9.2, 10.5, 20, 21, 22, -5].map((x) => [x]),
  labels: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
});

describe('BorderlineSMOTE', () => {
  const two = blobs(3, { 0: 12, 1: 6 }, 2, 0.5);
  const three = blobs(4, { a: 10, b: 7, c: 5 }, 2, 0.5);

  it('reaches the exact counts of every sampling_strategy form, both kinds', () => {
    for (const kind of ['borderline-1', 'borderline-2']) {
      const params = { kind, k_neighbors: 3, m_neighbors: 4 };
      expectStrategyCounts(entry, two, twoClassCases, params);
      expectStrategyCounts(entry, three, threeClassCases, params);
    }
    expectFloatRejectedForThreeClasses(entry, three);
  });

  it('finds the danger, noise and safe sets worked out by hand', () => {
    const res = run(entry, line, { m_neighbors: 3, k_neighbors: 2 });
    expect(Array.from(res.diagnostics.danger!)).toEqual([11, 12]);
    expect(Array.from(res.diagnostics.noise!)).toEqual([6]);
    expect(Array.from(res.diagnostics.safe!)).toEqual([7, 8, 9, 10]);
    // With class 0 resampled too, its sets join in.
    const both = run(entry, line, {
      m_neighbors: 3,
      k_neighbors: 2,
      sampling_strategy: { 0: 12, 1: 9 },
    });
    expect(Array.from(both.diagnostics.danger!)).toEqual([3, 11, 12]);
    expect(Array.from(both.diagnostics.noise!)).toEqual([6]);
    expect(Array.from(both.diagnostics.safe!)).toEqual([
      0, 1, 2, 4, 5, 7, 8, 9, 10, 13, 14, 15, 16,
    ]);
    // Class 0's only danger row anchors both of its new rows; class 1's come from rows 11 and 12.
    expect(Array.from(both.provenance.anchor.subarray(0, 2))).toEqual([3, 3]);
    for (const a of both.provenance.anchor.subarray(2)) expect([11, 12]).toContain(a);
    expect(both.provenance.anchor.length).toBe(4);
  });

  it('borderline-1: anchors are danger rows; each row lies on a segment toward one of its k nearest same-class rows', () => {
    const k = 3;
    const res = run(entry, three, { sampling_strategy: 'all', k_neighbors: k, m_neighbors: 6 });
    const danger = new Set(res.diagnostics.danger);
    expect(res.provenance.anchor.length).toBe(8);
    expectOnSegments(res, three);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      const c = res.pool.y[three.n + s];
      expect(danger.has(a)).toBe(true);
      expect(three.y[a]).toBe(c);
      expect(res.provenance.gap[s]).toBeGreaterThanOrEqual(0);
      expect(res.provenance.gap[s]).toBeLessThan(1);
      expect(nearest(three, classRows(three, c), a, k)).toContain(res.provenance.neighbor[s]);
    }
  });

  it('borderline-2: neighbours come from every class, and a step toward another class is below 0.5', () => {
    const k = 4;
    const data = blobs(5, { 0: 40, 1: 15 }, 2, 0.8);
    const res = run(entry, data, { kind: 'borderline-2', k_neighbors: k, m_neighbors: 6 });
    const all = Array.from({ length: data.n }, (_, i) => i);
    const danger = new Set(res.diagnostics.danger);
    let other = 0;
    expectOnSegments(res, data);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      const nb = res.provenance.neighbor[s];
      const gap = res.provenance.gap[s];
      expect(danger.has(a)).toBe(true);
      expect(nearest(data, all, a, k)).toContain(nb);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(data.y[nb] === 1 ? 1 : 0.5);
      if (data.y[nb] !== 1) other++;
    }
    expect(other).toBeGreaterThan(0);
  });

  it('skips a class with no row in danger, and says so', () => {
    const apart = datasetFromRows({
      rows: [[0], [1], [2], [3], [4], [5], [100], [101], [102]],
      labels: [0, 0, 0, 0, 0, 0, 1, 1, 1],
    });
    const res = run(entry, apart, { k_neighbors: 2, m_neighbors: 2 });
    expect(res.pool.n).toBe(9);
    expect(res.warnings).toEqual([
      'BorderlineSMOTE made no samples for class 1: none of its 3 samples is in danger (0 noise, 3 safe; in danger means at least half, but not all, of its m_neighbors=2 nearest samples are of another class)',
    ]);
  });

  it('gives identical output for the same seed', () => {
    const params = { kind: 'borderline-2', k_neighbors: 3, m_neighbors: 5 };
    const a = run(entry, two, params, 9);
    const b = run(entry, two, params, 9);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.provenance.neighbor)).toEqual(Array.from(b.provenance.neighbor));
  });

  it('explains too few samples for m_neighbors and k_neighbors, and text features', () => {
    expect(errorOf(entry, two, { m_neighbors: 18 })).toBe(
      'm_neighbors=18 needs at least 19 samples over all classes to resample class 1; the data has 18, so m_neighbors can be at most 17',
    );
    expect(errorOf(entry, line, { m_neighbors: 3, k_neighbors: 7 })).toBe(
      'class 1 has 7 samples; k_neighbors can be at most 6 (it is 7)',
    );
    expect(errorOf(entry, line, { m_neighbors: 3, k_neighbors: 17, kind: 'borderline-2' })).toBe(
      'k_neighbors=17 needs at least 18 samples over all classes to resample class 1; the data has 17, so k_neighbors can be at most 16',
    );
    const text = {
      ...two,
      categorical: [{ name: 'city', codes: new Int32Array(18), categories: ['Oslo'] }],
    };
    expect(errorOf(entry, text, {})).toBe(
      "BorderlineSMOTE needs numeric features; column 'city' holds text (use SMOTENC for mixed data or SMOTEN for categorical data)",
    );
    expect(errorOf(entry, two, { kind: 'borderline-3' })).toMatch(
      /'kind' parameter of BorderlineSMOTE/,
    );
  });
});
