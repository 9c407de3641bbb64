import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classRows, type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { applyScaling, type ScalingKind } from '../../../src/core/data/scaling';
import { bruteForceIndex } from '../../../src/core/neighbors/brute';
import { findNeighbors } from '../../../src/core/neighbors/find-neighbors';
import { createRandom } from '../../../src/core/random';
import { runMethod } from '../../../src/core/sampling/registry';
import { runMethodScaled, scaleDataset } from '../../../src/core/sampling/scaled-run';
import type { Params, ResampleResult } from '../../../src/core/sampling/types';
import { parseCsvText } from '../../../src/io/parse-csv';
import { tableToDataset } from '../../../src/io/table-to-dataset';

// Income in tens of thousands, age in tens: unscaled, income decides every neighbour.
const LOANS = datasetFromRows({
  rows: [
    [30000, 25],
    [31000, 60],
    [36000, 26],
    [29500, 58],
    [37000, 24],
    [80000, 40],
    [90000, 35],
    [70000, 50],
    [85000, 30],
    [60000, 45],
    [75000, 28],
    [95000, 52],
    [65000, 33],
  ],
  labels: [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  featureNames: ['income', 'age'],
});

function unwrap(kind: ScalingKind, method = 'SMOTE'): ResampleResult {
  const params: Params =
    method === 'SMOTE' ? { k_neighbors: 2 } : { sampling_strategy: { '1': 8 } };
  const out = runMethodScaled(method, LOANS, params, { random: createRandom(3) }, kind);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

function bruteNeighbors(data: Dataset, anchor: number, k: number): number[] {
  const rows = classRows(data, data.y[anchor]);
  const table = findNeighbors(bruteForceIndex(data.X, data.d, rows), data.X, data.d, [anchor], k);
  return Array.from(table.indices);
}

describe('runMethodScaled', () => {
  it('is runMethod itself without scaling', () => {
    const plain = runMethod('SMOTE', LOANS, { k_neighbors: 2 }, { random: createRandom(3) });
    expect(plain.ok && [...plain.value.pool.X]).toEqual([...unwrap('none').pool.X]);
  });

  it('finds neighbours on the scaled features: age counts once income is standardised', () => {
    expect(bruteNeighbors(LOANS, 0, 2)).toEqual([3, 1]);
    const scaled = scaleDataset(LOANS, 'standardise').data;
    expect(bruteNeighbors(scaled, 0, 2)).toEqual([2, 4]);
    const result = unwrap('standardise');
    const { anchor, neighbor } = result.provenance;
    for (let i = 0; i < anchor.length; i++) {
      expect(bruteNeighbors(scaled, anchor[i], 2)).toContain(neighbor[i]);
    }
  });

  it('reports every synthetic row in the file’s units: x = anchor + gap·(neighbour − anchor) exactly', () => {
    for (const kind of ['standardise', 'min-max'] as const) {
      const { pool, nInput, provenance } = unwrap(kind);
      expect(provenance.anchor.length).toBe(3);
      expect([...pool.X.subarray(0, nInput * 2)]).toEqual([...LOANS.X]);
      for (let i = 0; i < provenance.anchor.length; i++) {
        const [a, b, g] = [provenance.anchor[i], provenance.neighbor[i], provenance.gap[i]];
        for (let j = 0; j < 2; j++) {
          const x = LOANS.X[a * 2 + j];
          expect(pool.X[(nInput + i) * 2 + j]).toBe(x + g * (LOANS.X[b * 2 + j] - x));
        }
      }
    }
  });

  it('agrees with interpolating in scaled space and mapping back (to rounding)', () => {
    const scaled = scaleDataset(LOANS, 'standardise');
    const inScaled = runMethod(
      'SMOTE',
      scaled.data,
      { k_neighbors: 2 },
      { random: createRandom(3) },
    );
    if (!inScaled.ok) throw new Error(inScaled.error.message);
    const back = unwrap('standardise').pool.X;
    const Z = applyScaling(scaled.scaling, back);
    Z.forEach((z, k) => {
      expect(z).toBeCloseTo(inScaled.value.pool.X[k], 10);
    });
  });

  it('scales the numeric features only: text columns and labels are the same arrays', () => {
    const text = readFileSync(
      new URL('../../../public/datasets/subscriptions-mixed.csv', import.meta.url),
      'utf8',
    );
    const table = parseCsvText(text);
    if (!table.ok) throw new Error(table.error.message);
    const mixed = tableToDataset(table.value);
    if (!mixed.ok) throw new Error(mixed.error.message);
    const { data } = scaleDataset(mixed.value, 'standardise');
    expect(data.categorical.length).toBeGreaterThan(0);
    expect(data.categorical).toBe(mixed.value.categorical);
    expect(data.y).toBe(mixed.value.y);
    expect(data.X).not.toBe(mixed.value.X);
  });

  it('keeps RandomOverSampler copies exact copies of their rows', () => {
    const { pool, nInput, provenance } = unwrap('min-max', 'RandomOverSampler');
    expect(provenance.anchor.length).toBe(pool.n - nInput);
    expect(provenance.anchor.length).toBeGreaterThan(0);
    for (let i = 0; i < provenance.anchor.length; i++) {
      const a = provenance.anchor[i];
      expect([...pool.X.subarray((nInput + i) * 2, (nInput + i + 1) * 2)]).toEqual([
        ...LOANS.X.subarray(a * 2, a * 2 + 2),
      ]);
    }
  });
});
