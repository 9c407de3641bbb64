import { describe, expect, it } from 'vitest';
import { PointIndex, pickNearest } from '../../src/plot/point-index';

describe('PointIndex', () => {
  const xs = Float64Array.from([0, 10, 10, 100, 100.5]);
  const ys = Float64Array.from([0, 0, 1000, 0, 0]);
  const index = new PointIndex(xs, ys);

  it('finds the nearest point inside the search ellipse, in each axis own units', () => {
    // y spans 1000 units where x spans 10: the radii differ per axis, as on screen.
    const hit = index.nearest(9, 30, 2, 50);
    expect(hit?.id).toBe(1);
    expect(hit?.distance).toBeCloseTo(Math.hypot(0.5, 0.6), 12);
    expect(index.nearest(9, 300, 2, 50)).toBeNull();
    expect(index.nearest(10, 990, 2, 50)?.id).toBe(2);
  });

  it('gives ties to the lower index and ignores points outside the radius', () => {
    const dup = new PointIndex(Float64Array.from([5, 5, 6]), Float64Array.from([5, 5, 5]));
    expect(dup.nearest(5, 5, 1, 1)).toEqual({ id: 0, distance: 0 });
    expect(dup.nearest(7.5, 5, 1, 1)).toBeNull();
  });

  it('agrees with a linear scan on random points', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const n = 500;
    const px = Float64Array.from({ length: n }, () => next() * 100);
    const py = Float64Array.from({ length: n }, () => next() * 5);
    const tree = new PointIndex(px, py);
    for (let q = 0; q < 200; q++) {
      const [qx, qy, rx, ry] = [next() * 100, next() * 5, 3, 0.15];
      let best: { id: number; distance: number } | null = null;
      for (let i = 0; i < n; i++) {
        const distance = Math.hypot((px[i] - qx) / rx, (py[i] - qy) / ry);
        if (distance <= 1 && (!best || distance < best.distance)) best = { id: i, distance };
      }
      expect(tree.nearest(qx, qy, rx, ry)?.id).toBe(best?.id);
    }
  });
});

describe('pickNearest', () => {
  it('prefers the closest hit over all layers and the upper layer on a tie', () => {
    const synthetic = new PointIndex(Float64Array.from([100]), Float64Array.from([0]));
    const rows = new PointIndex(Float64Array.from([100, 101]), Float64Array.from([0, 0]));
    const layers = [
      { kind: 'synthetic' as const, index: synthetic },
      { kind: 'row' as const, index: rows },
    ];
    expect(pickNearest(layers, 100, 0, 2, 2)).toEqual({ kind: 'synthetic', id: 0 });
    expect(pickNearest(layers, 101.2, 0, 2, 2)).toEqual({ kind: 'row', id: 1 });
    expect(pickNearest(layers, 50, 0, 2, 2)).toBeNull();
  });
});

describe('PointIndex on awkward data', () => {
  it('skips points without both coordinates and handles a single repeated point', () => {
    const index = new PointIndex(
      Float64Array.from([Number.NaN, 3, 3]),
      Float64Array.from([0, 4, 4]),
    );
    expect(index.nearest(0, 0, 1, 1)).toBeNull();
    expect(index.nearest(3, 4, 1, 1)).toEqual({ id: 1, distance: 0 });
    expect(new PointIndex(new Float64Array(0), new Float64Array(0)).nearest(0, 0, 1, 1)).toBeNull();
  });

  it('finds a point far outside the query cell range when the radius is wide', () => {
    const n = 10_000;
    const xs = Float64Array.from({ length: n }, (_, i) => i % 100);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 100));
    const index = new PointIndex(xs, ys);
    expect(index.nearest(-50, 50.2, 60, 60)?.id).toBe(5000);
    expect(index.nearest(99, 99, 0.5, 0.5)?.id).toBe(n - 1);
  });
});
