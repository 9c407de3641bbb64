import { describe, expect, it } from 'vitest';
import { applyScaling, fitScaling, invertScaling } from '../../../src/core/data/scaling';

// 4 rows x 2 features; the second feature is constant.
const X = Float64Array.from([1, 7, 2, 7, 4, 7, 9, 7]);

describe('fitScaling', () => {
  it('standardises with the population standard deviation; a constant feature keeps scale 1', () => {
    const s = fitScaling(X, 4, 2, 'standardise');
    expect([...s.center]).toEqual([4, 7]);
    expect(s.scale[0]).toBeCloseTo(Math.sqrt((9 + 4 + 0 + 25) / 4), 14);
    expect(s.scale[1]).toBe(1);
    const Z = applyScaling(s, X);
    const column = [Z[0], Z[2], Z[4], Z[6]];
    expect(column.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
    expect(column.reduce((a, b) => a + b * b, 0) / 4).toBeCloseTo(1, 14);
    expect([Z[1], Z[3]]).toEqual([0, 0]);
  });

  it('maps min-max to [0, 1] and leaves none alone', () => {
    const Z = applyScaling(fitScaling(X, 4, 2, 'min-max'), X);
    expect([...Z]).toEqual([0, 0, 0.125, 0, 0.375, 0, 1, 0]);
    expect([...applyScaling(fitScaling(X, 4, 2, 'none'), X)]).toEqual([...X]);
  });

  it('inverts each scaling back to the file’s own units', () => {
    for (const kind of ['none', 'standardise', 'min-max'] as const) {
      const s = fitScaling(X, 4, 2, kind);
      const back = invertScaling(s, applyScaling(s, X));
      back.forEach((v, k) => {
        expect(v).toBeCloseTo(X[k], 12);
      });
    }
  });
});
