import { describe, expect, it } from 'vitest';
import { fastExp, fastExpForFloat32 } from '../../../src/core/learn/fast-exp';
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

describe('fastExpForFloat32', () => {
  it('stores the same float32 as fastExp, times +1 or −1, inside and past the ends of the range', () => {
    const r = createRandom(2);
    const xs = [-Infinity, -1e6, -745.2, -708.01, -708, -707.99, -104, -103.3, -88.8, -1e-300];
    xs.push(-0, 0, 1e-300, 88.7, 88.8, 708.99, 709, 709.01, 1e6, Infinity, Number.NaN);
    for (let s = 0; s < 100_000; s++) xs.push(-800 * r.next(), 800 * r.next() - 100);
    let differ = 0;
    for (const x of xs) {
      for (const sign of [1, -1]) {
        const want = Math.fround(sign * fastExp(x));
        if (!Object.is(Math.fround(sign * fastExpForFloat32(x)), want)) differ++;
      }
    }
    expect(xs.length).toBeGreaterThan(200_000);
    expect(differ).toBe(0);
  });
});
