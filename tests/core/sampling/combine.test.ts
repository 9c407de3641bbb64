import { describe, expect, it } from 'vitest';
import { classCounts, type Dataset } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { runMethod } from '../../../src/core/sampling/registry';
import type { Params, ResampleResult } from '../../../src/core/sampling/types';
import { blobs, oracleEnnRemoved, oracleTomekRemoved } from './cleaning/oracle';

function run(name: string, data: Dataset, params: Params, seed = 3): ResampleResult {
  const out = runMethod(name, data, params, { random: createRandom(seed) });
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

const data = blobs(11, { big: 70, small: 18 }, 2, 1.5);
const all = [true, true];

describe('SMOTETomek', () => {
  it('keeps the SMOTE pool and provenance, and removes both ends of every link in it', () => {
    const plain = run('SMOTE', data, { k_neighbors: 4 });
    const res = run('SMOTETomek', data, { k_neighbors: 4 });
    expect(res.pool.X).toEqual(plain.pool.X);
    expect(res.provenance).toEqual(plain.provenance);
    const expected = oracleTomekRemoved(res.pool, all);
    expect(expected.some((i) => i >= data.n)).toBe(true);
    expect(Array.from(res.removed)).toEqual(expected);
    // SMOTE's order minus the removed rows
    const gone = new Set(expected);
    expect(Array.from(res.output)).toEqual(Array.from(plain.output).filter((i) => !gone.has(i)));
  });

  it('says in a warning how many rows the cleaning took, synthetic ones included', () => {
    const res = run('SMOTETomek', data, { k_neighbors: 4 });
    expect(res.removed.length).toBeGreaterThan(0);
    const synthetic = Array.from(res.removed).filter((i) => i >= data.n).length;
    expect(res.warnings).toEqual([
      `TomekLinks removed ${res.removed.length} rows after SMOTE (${synthetic} of them synthetic), so the classes end below the counts SMOTE reached`,
    ]);
  });
});

describe('SMOTEENN', () => {
  it("cleans the SMOTE pool with ENN (n_neighbors=3, kind_sel='all') on every class", () => {
    const plain = run('SMOTE', data, { sampling_strategy: 0.8 });
    const res = run('SMOTEENN', data, { sampling_strategy: 0.8 });
    expect(res.pool.X).toEqual(plain.pool.X);
    expect(Array.from(classCounts(res.pool))).toEqual([70, 56]);
    const expected = oracleEnnRemoved(res.pool, all, 3, 'all');
    expect(Array.from(res.removed)).toEqual(expected);
    // regrouped by class, pool order within a class
    const gone = new Set(expected);
    const byClass = [0, 1].flatMap((c) =>
      Array.from(plain.output).filter((i) => res.pool.y[i] === c && !gone.has(i)),
    );
    expect(Array.from(res.output)).toEqual(byClass);
  });

  it('gives the same output for the same seed', () => {
    const a = run('SMOTEENN', data, {}, 9);
    const b = run('SMOTEENN', data, {}, 9);
    expect(a.output).toEqual(b.output);
    expect(a.pool.X).toEqual(b.pool.X);
  });

  it("passes the inner SMOTE's errors through, naming k_neighbors", () => {
    const tiny = blobs(2, { big: 20, small: 3 });
    const out = runMethod('SMOTEENN', tiny, {}, { random: createRandom(0) });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.parameter).toBe('k_neighbors');
  });
});
