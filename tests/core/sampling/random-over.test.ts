import { describe, expect, it } from 'vitest';
import { classRows, datasetFromRows } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { randomOverSamplerEntry as entry } from '../../../src/core/sampling/random-over';
import {
  blobs,
  errorOf,
  expectFloatRejectedForThreeClasses,
  expectStrategyCounts,
  run,
  threeClassCases,
  twoClassCases,
} from './over-sampler-checks';

describe('RandomOverSampler', () => {
  const two = blobs(1, { 0: 12, 1: 6 });
  const three = blobs(2, { a: 10, b: 7, c: 5 }, 3);

  it('reaches the exact counts of every sampling_strategy form', () => {
    expectStrategyCounts(entry, two, twoClassCases);
    expectStrategyCounts(entry, three, threeClassCases);
    expectFloatRejectedForThreeClasses(entry, three);
  });

  it('without shrinkage copies rows of the class exactly, with no neighbour or gap', () => {
    const res = run(entry, three, { sampling_strategy: 'all' });
    const { anchor, neighbor, gap } = res.provenance;
    expect(anchor.length).toBe(8);
    for (let s = 0; s < anchor.length; s++) {
      const y = res.pool.y[three.n + s];
      expect(three.y[anchor[s]]).toBe(y);
      expect(neighbor[s]).toBe(-1);
      expect(gap[s]).toBeNaN();
      const copy = res.pool.X.subarray((three.n + s) * 3, (three.n + s + 1) * 3);
      expect(Array.from(copy)).toEqual(
        Array.from(three.X.subarray(anchor[s] * 3, anchor[s] * 3 + 3)),
      );
    }
  });

  it('copies text columns too, since a bootstrap needs no arithmetic', () => {
    const data = {
      ...datasetFromRows({ rows: [[1], [2], [3], [4]], labels: ['x', 'x', 'x', 'y'] }),
    };
    data.categorical = [
      {
        name: 'colour',
        codes: Int32Array.from([0, 0, 1, 2]),
        categories: ['blue', 'green', 'red'],
      },
    ];
    data.columns = [...data.columns, { kind: 'categorical', index: 0 }];
    const res = run(entry, data, {});
    expect(res.pool.n).toBe(6);
    expect(Array.from(res.pool.categorical[0].codes.subarray(4))).toEqual([2, 2]);
    expect(Array.from(res.pool.X.subarray(4))).toEqual([4, 4]);
  });

  it('adds noise Z·shrinkage·h·σ_j to the bootstrapped row (h from all rows, σ within the class)', () => {
    // Class 1 has feature 0 spread (σ = 1) and feature 1 constant (σ = 0): no noise there.
    const data = datasetFromRows({
      rows: [
        [0, 5],
        [1, 5],
        [2, 5],
        [3, 5],
        [10, 7],
        [12, 7],
        [14, 9],
        [16, 9],
        [20, 1],
        [22, 1],
      ],
      labels: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
    });
    const shrink = 0.8;
    const res = run(entry, data, { shrinkage: shrink }, 7);
    // Replay the documented draws: the class's choices first, then a normal per row and feature.
    const random = createRandom(7);
    const rows = classRows(data, 1);
    const boot = [0, 1].map(() => rows[random.int(rows.length)]);
    const h = (4 / ((2 + 2) * 10)) ** (1 / (2 + 4));
    const sigma = Math.sqrt(((0 - 1.5) ** 2 + 0.25 + 0.25 + (3 - 1.5) ** 2) / 4);
    expect(Array.from(res.provenance.anchor)).toEqual(boot);
    boot.forEach((b, s) => {
      const x0 = data.X[b * 2] + random.normal() * shrink * h * sigma;
      random.normal();
      expect(res.pool.X[(10 + s) * 2]).toBeCloseTo(x0, 12);
      expect(res.pool.X[(10 + s) * 2 + 1]).toBe(5);
    });
    expect(res.pool.X[20]).not.toBe(data.X[boot[0] * 2]);
  });

  it('takes a factor per class from a dict, and 0 means an exact copy', () => {
    const res = run(entry, three, { sampling_strategy: 'all', shrinkage: { b: 0, c: 1 } });
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      const same = res.pool.X[(three.n + s) * 3] === three.X[a * 3];
      expect(same).toBe(three.classNames[three.y[a]] === 'b');
    }
  });

  it('gives identical output for the same seed', () => {
    const a = run(entry, three, { shrinkage: 1 }, 3);
    const b = run(entry, three, { shrinkage: 1 }, 3);
    const c = run(entry, three, { shrinkage: 1 }, 4);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.pool.X)).not.toEqual(Array.from(c.pool.X));
  });

  it('explains every shrinkage error, naming the class and the limit', () => {
    expect(errorOf(entry, three, { shrinkage: { b: 1 } })).toBe(
      'shrinkage needs a factor for every class that gets new samples; missing: c',
    );
    expect(errorOf(entry, three, { shrinkage: { b: 1, c: -1 } })).toBe(
      'shrinkage for class c is -1; it must be a number ≥ 0',
    );
    expect(errorOf(entry, three, { shrinkage: -1 })).toMatch(
      /'shrinkage' parameter of RandomOverSampler/,
    );
    const text = {
      ...two,
      categorical: [{ name: 'city', codes: new Int32Array(18), categories: ['Oslo'] }],
    };
    expect(errorOf(entry, text, { shrinkage: 0 })).toBe(
      "shrinkage needs numeric features to add noise; column 'city' holds text (set shrinkage to None)",
    );
    const nan = { ...two, X: two.X.slice() };
    nan.X[5] = Number.NaN;
    expect(errorOf(entry, nan, { shrinkage: 1 })).toBe(
      "RandomOverSampler with shrinkage needs finite numbers; row 2, column 'x1' is NaN",
    );
  });
});
