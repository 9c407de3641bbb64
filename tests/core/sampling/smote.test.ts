import { describe, expect, it } from 'vitest';
import {
  classCounts,
  classRows,
  type Dataset,
  datasetFromRows,
} from '../../../src/core/data/dataset';
import { bruteForceIndex } from '../../../src/core/neighbors/brute';
import { findNeighbors } from '../../../src/core/neighbors/find-neighbors';
import { createRandom } from '../../../src/core/random';
import { runMethod } from '../../../src/core/sampling/registry';
import { SyntheticRows } from '../../../src/core/sampling/synthetic-rows';
import type { ResampleResult } from '../../../src/core/sampling/types';

function blobs(seed: number, counts: Record<string, number>, d = 2): Dataset {
  const r = createRandom(seed);
  const rows: number[][] = [];
  const labels: string[] = [];
  Object.entries(counts).forEach(([label, c], ci) => {
    for (let i = 0; i < c; i++) {
      rows.push(Array.from({ length: d }, () => ci * 2 + r.normal()));
      labels.push(label);
    }
  });
  return datasetFromRows({ rows, labels });
}

function run(data: Dataset, params: Record<string, number | string>, seed = 0): ResampleResult {
  const out = runMethod('SMOTE', data, params, { random: createRandom(seed) });
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

describe('SMOTE', () => {
  const data = blobs(1, { major: 60, minor: 12, mid: 30 }, 3);

  it('balances every class up to the majority and keeps the input rows first', () => {
    const res = run(data, {});
    expect(Array.from(classCounts(res.pool))).toEqual([60, 60, 60]);
    expect(res.nInput).toBe(data.n);
    expect(Array.from(res.pool.X.subarray(0, data.X.length))).toEqual(Array.from(data.X));
    // synthetic blocks come in sorted label order: major (none), mid, minor
    const synthY = Array.from(res.pool.y.subarray(data.n));
    expect(synthY).toEqual([...Array(30).fill(1), ...Array(48).fill(2)]);
  });

  it('puts every synthetic row on its recorded segment, toward one of its k nearest same-class rows', () => {
    const k = 4;
    const res = run(data, { k_neighbors: k });
    const { d } = data;
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      const nb = res.provenance.neighbor[s];
      const gap = res.provenance.gap[s];
      const c = res.pool.y[data.n + s];
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(1);
      expect(data.y[a]).toBe(c);
      for (let j = 0; j < d; j++) {
        const expected = data.X[a * d + j] + gap * (data.X[nb * d + j] - data.X[a * d + j]);
        expect(res.pool.X[(data.n + s) * d + j]).toBeCloseTo(expected, 12);
      }
      const rows = classRows(data, c);
      const nn = findNeighbors(bruteForceIndex(data.X, d, rows), data.X, d, [a], k);
      expect(Array.from(nn.indices)).toContain(nb);
    }
  });

  it('gives identical output for the same seed and different output for another', () => {
    const a = run(data, {}, 5);
    const b = run(data, {}, 5);
    const c = run(data, {}, 6);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.provenance.gap)).toEqual(Array.from(b.provenance.gap));
    expect(Array.from(a.pool.X)).not.toEqual(Array.from(c.pool.X));
  });

  it('never mutates its input', () => {
    const copy = { X: data.X.slice(), y: data.y.slice() };
    run(data, { sampling_strategy: 'all' });
    expect(data.X).toEqual(copy.X);
    expect(data.y).toEqual(copy.y);
  });

  it('works with exactly k + 1 samples and explains a class that is too small', () => {
    const tiny = blobs(2, { big: 20, fraud: 4 });
    expect(classCounts(run(tiny, { k_neighbors: 3 }).pool)[1]).toBe(20);
    const out = runMethod('SMOTE', tiny, { k_neighbors: 5 }, { random: createRandom(0) });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.message).toBe(
        'class fraud has 4 samples; k_neighbors can be at most 3 (it is 5)',
      );
      expect(out.error.parameter).toBe('k_neighbors');
    }
  });

  it('refuses text columns and points to SMOTENC and SMOTEN, as imbalanced-learn refuses strings', () => {
    const withText = {
      ...data,
      categorical: [{ name: 'colour', codes: new Int32Array(data.n), categories: ['red'] }],
    };
    const out = runMethod('SMOTE', withText, {}, { random: createRandom(0) });
    expect(!out.ok && out.error.message).toBe(
      "SMOTE needs numeric features; column 'colour' holds text (use SMOTENC for mixed data or SMOTEN for categorical data)",
    );
  });

  it('rejects a bad parameter with the parameter named', () => {
    const out = runMethod('SMOTE', data, { k_neighbors: 0 }, { random: createRandom(0) });
    expect(!out.ok && out.error.message).toBe(
      "The 'k_neighbors' parameter of SMOTE must be an int in the range [1, inf); got 0.",
    );
    const unknown = runMethod('SMOTE', data, { m_neighbors: 3 }, { random: createRandom(0) });
    expect(!unknown.ok && unknown.error.message).toMatch(/SMOTE has no parameter 'm_neighbors'/);
  });
});

describe('the interpolation x_new = x + λ·(x_nn − x) on the worked examples', () => {
  const cases: [string, number[], number[], number, number[]][] = [
    ['two points', [2, 4], [4, 8], 0.5, [3, 6]],
    ['two points', [2, 4], [4, 8], 0.25, [2.5, 5]],
    ['customer', [10, 80], [14, 100], 0.25, [11, 85]],
    ['fraud', [120, 280], [160, 230], 0.4, [136, 260]],
    ['loan default', [30000, 15000, 25], [35000, 20000, 30], 0.6, [33000, 18000, 28]],
  ];
  for (const [name, x, nn, lambda, expected] of cases) {
    it(`${name}: λ = ${lambda} gives (${expected.join(', ')})`, () => {
      const data = datasetFromRows({ rows: [x, nn], labels: ['1', '1'] });
      const out = new SyntheticRows(data);
      const r = out.addInterpolated(0, 0, 1, lambda);
      const got = Array.from(out.X.subarray(r * x.length, (r + 1) * x.length));
      expect(got).toEqual(expected);
    });
  }
});
