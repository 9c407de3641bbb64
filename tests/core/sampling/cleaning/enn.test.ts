import { describe, expect, it } from 'vitest';
import { type Dataset, datasetFromRows } from '../../../../src/core/data/dataset';
import { createRandom } from '../../../../src/core/random';
import { editedNearestNeighbours } from '../../../../src/core/sampling/cleaning/enn';
import { runMethod } from '../../../../src/core/sampling/registry';
import type { Params, ResampleResult } from '../../../../src/core/sampling/types';
import { blobs, oracleEnnRemoved } from './oracle';

function run(data: Dataset, params: Params): ResampleResult {
  const out = runMethod('EditedNearestNeighbours', data, params, { random: createRandom(0) });
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

describe('EditedNearestNeighbours', () => {
  it('regroups the kept rows by class in sorted label order, original order within a class', () => {
    // Interleaved labels; every row far from the others of another class is kept.
    const data = datasetFromRows({
      rows: [[0], [100], [1], [101], [2], [102], [3], [103], [50]],
      labels: [1, 0, 1, 0, 1, 0, 1, 0, 0],
    });
    const res = run(data, { sampling_strategy: 'all', n_neighbors: 2 });
    // Row 8 (x=50, class 0) is the only row with a neighbour of another class (x=3).
    expect(Array.from(res.removed)).toEqual([8]);
    expect(Array.from(res.output)).toEqual([1, 3, 5, 7, 0, 2, 4, 6]);
  });

  it("breaks 'mode' ties toward the smallest label, so a tie removes only the larger label", () => {
    // With n_neighbors=2, rows 0, 1 (class 0) and 2 (class 1) each see one neighbour of either class.
    const data = datasetFromRows({
      rows: [[0], [1], [2], [3], [3.1]],
      labels: [0, 0, 1, 1, 1],
    });
    const mode = run(data, { sampling_strategy: 'all', n_neighbors: 2, kind_sel: 'mode' });
    expect(Array.from(mode.removed)).toEqual([2]);
    const all = run(data, { sampling_strategy: 'all', n_neighbors: 2, kind_sel: 'all' });
    expect(Array.from(all.removed)).toEqual([0, 1, 2]);
  });

  it('matches the all-pairs oracle on random data with three classes', () => {
    const data = blobs(7, { p: 60, q: 35, r: 15 }, 3);
    const cases: [Params[string], boolean[]][] = [
      ['auto', [true, true, false]],
      ['all', [true, true, true]],
      [['r'], [false, false, true]],
    ];
    for (const [strategy, targets] of cases) {
      for (const kindSel of ['all', 'mode'] as const) {
        for (const k of [1, 3, 5]) {
          const res = run(data, { sampling_strategy: strategy, n_neighbors: k, kind_sel: kindSel });
          const expected = oracleEnnRemoved(data, targets, k, kindSel);
          expect(Array.from(res.removed)).toEqual(expected);
          expect(res.output.length).toBe(data.n - expected.length);
        }
      }
    }
  });

  it('returns an error naming n_neighbors when there are too few rows', () => {
    const data = datasetFromRows({ rows: [[0], [1], [2]], labels: [0, 0, 1] });
    const out = runMethod('EditedNearestNeighbours', data, {}, { random: createRandom(0) });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.parameter).toBe('n_neighbors');
      expect(out.error.message).toContain('n_neighbors=3');
    }
  });

  it('warns when a class loses every row', () => {
    const data = datasetFromRows({
      rows: [[0], [1], [2], [3], [1.5]],
      labels: [0, 0, 0, 0, 1],
    });
    const res = run(data, { sampling_strategy: ['1'], n_neighbors: 3 });
    expect(Array.from(res.removed)).toEqual([4]);
    expect(res.warnings).toEqual(['EditedNearestNeighbours removed every row of class 1']);
  });

  it('cleans a subset of rows, looking for neighbours only among them', () => {
    const data = datasetFromRows({
      rows: [[0], [0.1], [5], [5.1], [0.2]],
      labels: [0, 0, 1, 1, 1],
    });
    const rows = Int32Array.from([0, 1, 2, 3]);
    const pick = editedNearestNeighbours(data, rows, [true, true], 1, 'all');
    expect(pick.ok && Array.from(pick.value.removed)).toEqual([]);
    expect(pick.ok && Array.from(pick.value.kept)).toEqual([0, 1, 2, 3]);
  });

  it('never mutates its input', () => {
    const data = blobs(4, { p: 20, q: 8 });
    const copy = { X: data.X.slice(), y: data.y.slice() };
    run(data, { sampling_strategy: 'all', kind_sel: 'mode' });
    expect(data.X).toEqual(copy.X);
    expect(data.y).toEqual(copy.y);
  });
});
