import { describe, expect, it } from 'vitest';
import { type Dataset, datasetFromRows } from '../../../../src/core/data/dataset';
import { createRandom } from '../../../../src/core/random';
import { tomekLinks } from '../../../../src/core/sampling/cleaning/tomek';
import { runMethod } from '../../../../src/core/sampling/registry';
import type { Params, ResampleResult } from '../../../../src/core/sampling/types';
import { blobs, oracleTomekRemoved } from './oracle';

function run(data: Dataset, params: Params): ResampleResult {
  const out = runMethod('TomekLinks', data, params, { random: createRandom(0) });
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

// Class a at x = 0, 1, 2, 10; class b at x = 2.3, 6, 7. Rows 2 and 4 are each other's nearest
// neighbour (a link); row 3's nearest is row 6, but row 6's nearest is row 5 (no link).
const line = datasetFromRows({
  rows: [[0], [1], [2], [10], [2.3], [6], [7]],
  labels: ['a', 'a', 'a', 'a', 'b', 'b', 'b'],
});

describe('TomekLinks', () => {
  it("removes only the non-minority end of a link with 'auto', in the original order", () => {
    const res = run(line, {});
    expect(Array.from(res.removed)).toEqual([2]);
    expect(Array.from(res.output)).toEqual([0, 1, 3, 4, 5, 6]);
    expect(res.pool).toBe(line);
    expect(res.provenance.anchor.length).toBe(0);
  });

  it('removes the ends of the targeted classes for every cleaning strategy form', () => {
    const removed = (s: Params[string]) => Array.from(run(line, { sampling_strategy: s }).removed);
    expect(removed('all')).toEqual([2, 4]);
    expect(removed('majority')).toEqual([2]);
    expect(removed('not majority')).toEqual([4]);
    expect(removed(['b'])).toEqual([4]);
  });

  it('links exact duplicates with different labels (a row is never its own neighbour)', () => {
    const dup = datasetFromRows({
      rows: [
        [0, 0],
        [5, 5],
        [5, 5],
        [9, 0],
        [0, 9],
      ],
      labels: [0, 0, 1, 0, 1],
    });
    const res = run(dup, { sampling_strategy: 'all' });
    expect(Array.from(res.removed)).toEqual([1, 2]);
  });

  it('matches the all-pairs oracle on random data with three classes', () => {
    const data = blobs(3, { p: 50, q: 30, r: 12 }, 3);
    for (const strategy of ['auto', 'all', 'majority'] as const) {
      const res = run(data, { sampling_strategy: strategy });
      const targets =
        strategy === 'all'
          ? [true, true, true]
          : strategy === 'auto'
            ? [true, true, false]
            : [true, false, false];
      const expected = oracleTomekRemoved(data, targets);
      expect(expected.length).toBeGreaterThan(0);
      expect(Array.from(res.removed)).toEqual(expected);
      expect(res.output.length + res.removed.length).toBe(data.n);
    }
  });

  it('cleans a subset of rows and reports them by their own indices', () => {
    const rows = Int32Array.from([1, 2, 3, 4, 6]);
    // Among these rows, 3 (x=10) and 6 (x=7) are now mutual nearest neighbours too.
    const pick = tomekLinks(line, rows, [true, true]);
    expect(Array.from(pick.removed)).toEqual([2, 3, 4, 6]);
    expect(Array.from(pick.kept)).toEqual([1]);
  });

  it('rejects a ratio or a dict as sampling_strategy, naming the parameter', () => {
    for (const s of [0.5, { a: 3 }]) {
      const out = runMethod(
        'TomekLinks',
        line,
        { sampling_strategy: s },
        { random: createRandom(0) },
      );
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error.parameter).toBe('sampling_strategy');
    }
  });

  it('never mutates its input', () => {
    const data = blobs(4, { p: 20, q: 8 });
    const copy = { X: data.X.slice(), y: data.y.slice() };
    run(data, { sampling_strategy: 'all' });
    expect(data.X).toEqual(copy.X);
    expect(data.y).toEqual(copy.y);
  });
});
