import { describe, expect, it } from 'vitest';
import { fastExp } from '../../../src/core/learn/fast-exp';
import { createRandom } from '../../../src/core/random';

describe('fastExp', () => {
  it('stays within a few units in the last place of Math.exp over its range', () => {
    let worst = 0;
    for (let x = -707.5; x < 709; x += 0.0137) {
      const e = Math.exp(x);
      worst = Math.max(worst, Math.abs(fastExp(x) - e) / e);
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('rounds to the same float32 as Math.exp on kernel arguments', () => {
    const r = createRandom(1);
    let differ = 0;
    for (let s = 0; s < 200_000; s++) {
      const x = -60 * r.next();
      if (Math.fround(fastExp(x)) !== Math.fround(Math.exp(x))) differ++;
    }
    expect(differ).toBe(0);
  });

  it('is exact at 0 and handles the ends of the range', () => {
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-0)).toBe(1);
    expect(fastExp(-1000)).toBe(0);
    expect(fastExp(-Infinity)).toBe(0);
    expect(fastExp(710)).toBe(Infinity);
    expect(fastExp(Number.NaN)).toBeNaN();
  });
});
