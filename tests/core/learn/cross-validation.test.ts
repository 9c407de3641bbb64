import { describe, expect, it } from 'vitest';
import { repeatedStratifiedKFold } from '../../../src/core/learn/cross-validation';
import { createRandom } from '../../../src/core/random';

// 23 rows of class 0, 7 of class 1
const y = Int32Array.from({ length: 30 }, (_, i) => (i % 4 === 3 && i < 28 ? 1 : 0));
const names = ['a', 'b'];

function folds(seed: number, repeats = 2) {
  const out = repeatedStratifiedKFold(y, names, { folds: 5, repeats, random: createRandom(seed) });
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

describe('repeatedStratifiedKFold', () => {
  it('makes folds × repeats splits whose test parts cover every row once per repeat', () => {
    const all = folds(1);
    expect(all).toHaveLength(10);
    for (const repeat of [0, 1]) {
      const tests = all.filter((f) => f.repeat === repeat).flatMap((f) => Array.from(f.test));
      expect(tests.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    }
    for (const f of all) {
      expect(f.train.length + f.test.length).toBe(30);
      expect(Array.from(f.train).some((i) => f.test.includes(i))).toBe(false);
    }
  });

  it("deals each class as scikit-learn's allocation does: fold sizes differ by at most one", () => {
    const minority = folds(2).map((f) => Array.from(f.test).filter((i) => y[i] === 1).length);
    // 30 rows sorted by class dealt round-robin: class 1 (rows 23..29 of the order) → 2,1,1,1,2
    expect(minority.slice(0, 5).sort()).toEqual([1, 1, 1, 2, 2]);
    expect(folds(2).map((f) => f.test.length)).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 6, 6]);
  });

  it('repeats with the same seed and shuffles differently with another or in the next repeat', () => {
    const a = folds(3);
    expect(folds(3).map((f) => Array.from(f.test))).toEqual(a.map((f) => Array.from(f.test)));
    expect(folds(4)[0].test).not.toEqual(a[0].test);
    expect(a[5].test).not.toEqual(a[0].test);
  });

  it('refuses more folds than a class has rows, naming the class', () => {
    const out = repeatedStratifiedKFold(y, names, {
      folds: 8,
      repeats: 1,
      random: createRandom(0),
    });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.message).toBe(
        "folds = 8 is more than the 7 rows of class 'b'; every class needs a row in every fold",
      );
    }
  });

  it('refuses fewer than 2 folds and repeats below 1', () => {
    const one = repeatedStratifiedKFold(y, names, {
      folds: 1,
      repeats: 1,
      random: createRandom(0),
    });
    expect(one.ok).toBe(false);
    const none = repeatedStratifiedKFold(y, names, {
      folds: 2,
      repeats: 0,
      random: createRandom(0),
    });
    expect(!none.ok && none.error.message).toBe('repeats must be a positive integer; got 0');
  });
});
