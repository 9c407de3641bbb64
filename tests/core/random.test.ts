import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random';

describe('createRandom', () => {
  it('repeats the same stream for the same seed and differs across seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const sa = Array.from({ length: 50 }, () => a.next());
    const sb = Array.from({ length: 50 }, () => b.next());
    const sc = Array.from({ length: 50 }, () => c.next());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('draws uniform values in [0, 1) with the right mean and spread', () => {
    const r = createRandom(7);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const v = r.next();
      sum += v;
      sumSq += v * v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumSq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('covers every integer in [0, n) about equally', () => {
    const r = createRandom(1);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[r.int(6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('draws normals with mean 0 and variance 1, and Beta(10, 10) with mean 1/2', () => {
    const r = createRandom(3);
    const n = 50_000;
    const z = Array.from({ length: n }, () => r.normal());
    const mean = z.reduce((s, v) => s + v, 0) / n;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
    const b = Array.from({ length: 20_000 }, () => r.beta(10, 10));
    const bm = b.reduce((s, v) => s + v, 0) / b.length;
    const bv = b.reduce((s, v) => s + (v - bm) ** 2, 0) / b.length;
    expect(bm).toBeCloseTo(0.5, 2);
    expect(bv).toBeCloseTo(1 / 84, 3); // ab / ((a+b)^2 (a+b+1))
    expect(Math.min(...b)).toBeGreaterThan(0);
    expect(Math.max(...b)).toBeLessThan(1);
  });
});

describe('Random.fillInts', () => {
  it('makes the draws of as many int(n) calls, and leaves the generator where they would', () => {
    for (const n of [1, 7, 10_000, 0x200000, 0x200001, 1e9]) {
      const a = createRandom(42);
      const b = createRandom(42);
      a.next();
      b.next();
      const one = Int32Array.from({ length: 5000 }, () => a.int(n));
      const bulk = new Int32Array(5000);
      b.fillInts(bulk, n);
      expect(Array.from(bulk)).toEqual(Array.from(one));
      expect(bulk.every((v) => v >= 0 && v < n)).toBe(true);
      expect([b.next(), b.int(n), b.normal()]).toEqual([a.next(), a.int(n), a.normal()]);
    }
  });
});
