import { describe, expect, it } from 'vitest';
import { classRows, type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { fitSvc } from '../../../src/core/learn/svm';
import { createRandom } from '../../../src/core/random';
import { svmSmoteEntry } from '../../../src/core/sampling/svm-smote';
import type { ResampleResult } from '../../../src/core/sampling/types';
import {
  blobs,
  countsByName,
  errorOf,
  expectOnSegments,
  nearest,
  run,
} from './over-sampler-checks';

const allRowsOf = (data: Dataset) => Array.from({ length: data.n }, (_, i) => i);

function otherClassNeighbours(data: Dataset, i: number, m: number): number {
  return nearest(data, allRowsOf(data), i, m).filter((j) => data.y[j] !== data.y[i]).length;
}

/** Which of the sets a row is in, for every row the diagnostics name. */
function setOf(res: ResampleResult): Map<number, string> {
  const where = new Map<number, string>();
  for (const name of ['danger', 'noise', 'safe'] as const) {
    for (const row of res.diagnostics[name] ?? []) where.set(row, name);
  }
  return where;
}

describe('SVMSMOTE', () => {
  // Overlapping blobs: the minority has support vectors in danger and safe ones.
  const data = blobs(3, { 0: 60, 1: 20 }, 2, 2);
  const res = run(svmSmoteEntry, data, {});

  it('uses the support vectors of scikit-learn-style SVC and splits them by the m-NN rule', () => {
    const model = fitSvc(data.X, data.d, data.y);
    const minoritySupport = Array.from(model.support).filter((i) => data.y[i] === 1);
    expect(Array.from(res.diagnostics.supportVectors!)).toEqual(
      Array.from(model.support).sort((a, b) => a - b),
    );
    const where = setOf(res);
    expect([...where.keys()].sort((a, b) => a - b)).toEqual(minoritySupport);
    for (const sv of minoritySupport) {
      const other = otherClassNeighbours(data, sv, 10);
      const expected = other === 10 ? 'noise' : other >= 5 ? 'danger' : 'safe';
      expect([sv, where.get(sv)]).toEqual([sv, expected]);
    }
    expect(res.diagnostics.danger!.length).toBeGreaterThan(0);
    expect(res.diagnostics.safe!.length).toBeGreaterThan(0);
  });

  it('balances the classes when both danger and safe support vectors exist', () => {
    expect(countsByName(res)).toEqual({ 0: 60, 1: 60 });
    expect(res.warnings).toEqual([]);
    const third = run(svmSmoteEntry, blobs(4, { a: 40, b: 25, c: 20 }, 2, 1.5), {});
    expect(countsByName(third)).toEqual({ a: 40, b: 40, c: 40 });
  });

  it('interpolates from danger anchors, then extrapolates from safe ones within out_step', () => {
    const outStep = 0.3;
    const r = run(svmSmoteEntry, data, { out_step: outStep });
    const where = setOf(r);
    const { anchor, neighbor, gap } = r.provenance;
    const minority = classRows(data, 1);
    let seenSafe = false;
    for (let s = 0; s < anchor.length; s++) {
      const kind = where.get(anchor[s]);
      expect(kind === 'danger' || kind === 'safe').toBe(true);
      if (kind === 'danger') {
        expect(seenSafe).toBe(false); // the danger block comes first
        expect(gap[s]).toBeGreaterThanOrEqual(0);
        expect(gap[s]).toBeLessThan(1);
      } else {
        seenSafe = true;
        expect(gap[s]).toBeLessThanOrEqual(0);
        expect(gap[s]).toBeGreaterThan(-outStep);
      }
      expect(nearest(data, minority, anchor[s], 5)).toContain(neighbor[s]);
    }
    expect(seenSafe).toBe(true);
    expectOnSegments(r, data);
  });

  it('under-fills a class with no danger support vectors, as imbalanced-learn, and says so', () => {
    const apart = blobs(5, { 0: 30, 1: 12 }, 2, 12);
    const r = run(svmSmoteEntry, apart, {}, 7);
    expect(r.diagnostics.danger!.length).toBe(0);
    const n = 18;
    const made = n - Math.trunc(createRandom(7).beta(10, 10) * (n + 1));
    expect(made).toBeLessThan(n);
    expect(countsByName(r)).toEqual({ 0: 30, 1: 12 + made });
    expect(r.warnings).toEqual([
      `SVMSMOTE made ${made} samples for class 1, not ${n}: none of its support vectors is in danger, so only the safe (extrapolated) share was generated, as imbalanced-learn does`,
    ]);
  });

  it('under-fills a class with no safe support vectors', () => {
    // Minority pairs, each next to majority points: every minority row has one of its two
    // nearest rows in the majority, so every support vector is in danger.
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let p = 0; p < 6; p++) {
      const x = p * 10;
      rows.push([x, 0], [x + 0.1, 0], [x, 0.5], [x + 0.1, -0.5], [x - 0.5, 0.2]);
      labels.push(1, 1, 0, 0, 0);
    }
    const pairs = datasetFromRows({ rows, labels });
    const r = run(svmSmoteEntry, pairs, { m_neighbors: 2, k_neighbors: 1 }, 3);
    expect(r.diagnostics.safe!.length).toBe(0);
    const made = Math.trunc(createRandom(3).beta(10, 10) * 7);
    expect(countsByName(r)).toEqual({ 0: 18, 1: 12 + made });
    expect(r.warnings[0]).toContain(`made ${made} samples for class 1, not 6`);
  });

  it('refuses when every support vector of the class is noise', () => {
    // Lone minority rows, each deep inside a ring of majority rows.
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let p = 0; p < 4; p++) {
      rows.push([p * 20, 0]);
      labels.push(1);
      for (let a = 0; a < 6; a++) {
        rows.push([p * 20 + Math.cos(a), Math.sin(a)]);
        labels.push(0);
      }
    }
    const ringed = datasetFromRows({ rows, labels });
    expect(errorOf(svmSmoteEntry, ringed, { m_neighbors: 3, k_neighbors: 2 })).toMatch(
      /all 4 support vectors of class 1 are noise/,
    );
  });

  it('names the parameter and the limit when a class or the data is too small', () => {
    const small = blobs(1, { 0: 6, 1: 3 }, 2, 2);
    expect(errorOf(svmSmoteEntry, small, {})).toMatch(
      /m_neighbors=10 needs at least 11 samples .* class 1; the data has 9/,
    );
    expect(errorOf(svmSmoteEntry, small, { m_neighbors: 3 })).toMatch(
      /class 1 has 3 samples; k_neighbors can be at most 2/,
    );
  });

  it('gives identical output for the same seed and different output for another', () => {
    const a = run(svmSmoteEntry, data, {}, 11);
    const b = run(svmSmoteEntry, data, {}, 11);
    const c = run(svmSmoteEntry, data, {}, 12);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.provenance.gap)).toEqual(Array.from(b.provenance.gap));
    expect(Array.from(a.pool.X)).not.toEqual(Array.from(c.pool.X));
  });
});
