import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { frameMotion } from '../../src/plot/frame-motion';
import { baseScales, plotArea, zoomedScales } from '../../src/plot/scales';

describe('frameMotion', () => {
  const area = plotArea(800, 500);
  const base = baseScales([-3, 7], [10, 40], area);
  const device = (scales: typeof base, x: number, y: number, dpr: number) => [
    (scales.x(x) - area.left) * dpr,
    (scales.y(y) - area.top) * dpr,
  ];

  it('moves a frame drawn at one zoom onto the points at another, at any pixel ratio', () => {
    const from = zoomedScales(base, zoomIdentity.translate(30, -12).scale(1.7));
    const to = zoomedScales(base, zoomIdentity.translate(-140, 55).scale(3.2));
    for (const dpr of [1, 2]) {
      const m = frameMotion(from, to, area, dpr);
      for (const [x, y] of [
        [-3, 10],
        [2.5, 21],
        [6.9, 39.5],
      ]) {
        const [px, py] = device(from, x, y, dpr);
        const [qx, qy] = device(to, x, y, dpr);
        expect(m.sx * px + m.tx).toBeCloseTo(qx, 9);
        expect(m.sy * py + m.ty).toBeCloseTo(qy, 9);
      }
    }
  });

  it('is the identity when the scales did not change', () => {
    expect(frameMotion(base, base, area, 2)).toEqual({ sx: 1, sy: 1, tx: 0, ty: 0 });
  });
});
