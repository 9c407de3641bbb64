import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  baseScales,
  MARGIN,
  paddedExtent,
  pixelsPerUnit,
  plotArea,
  zoomedScales,
} from '../../src/plot/scales';

describe('plot scales', () => {
  const X = Float64Array.from([120, 280, 160, 230, 190, 300, 140, 190, 300, 60]);
  const area = plotArea(800, 600);

  it('pads each feature range so no point sits on the frame', () => {
    const [lo, hi] = paddedExtent(X, 2, 0);
    expect(lo).toBeLessThan(120);
    expect(hi).toBeGreaterThan(300);
    expect(paddedExtent(Float64Array.from([5, 5]), 1, 0)).toEqual([4.7, 5.3]);
  });

  it('maps data into the plot area with y growing upward', () => {
    const s = baseScales(paddedExtent(X, 2, 0), paddedExtent(X, 2, 1), area);
    const [x0, x1] = s.x.domain();
    expect(s.x(x0)).toBe(MARGIN.left);
    expect(s.x(x1)).toBe(800 - MARGIN.right);
    const [y0, y1] = s.y.domain();
    expect(s.y(y0)).toBe(600 - MARGIN.bottom);
    expect(s.y(y1)).toBe(MARGIN.top);
    expect(s.x.invert(s.x(136))).toBeCloseTo(136, 9);
  });

  it('keeps data and screen consistent under zoom and pan', () => {
    const base = baseScales([0, 400], [0, 700], area);
    const t = zoomIdentity.translate(-200, 50).scale(3);
    const z = zoomedScales(base, t);
    // A point moves on screen exactly as the transform moves it.
    expect(z.x(140)).toBeCloseTo(t.applyX(base.x(140)), 9);
    expect(z.y(190)).toBeCloseTo(t.applyY(base.y(190)), 9);
    expect(z.x.invert(t.applyX(base.x(140)))).toBeCloseTo(140, 9);
    const before = pixelsPerUnit(base);
    const after = pixelsPerUnit(z);
    expect(after.x).toBeCloseTo(before.x * 3, 9);
    expect(after.y).toBeCloseTo(before.y * 3, 9);
  });
});
