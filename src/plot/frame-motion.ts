// Where a frame drawn at one pair of scales lands under another: for linear scales a zoom or pan
// moves every device pixel by the same scale and shift, so the old frame can be reused as is.
import type { PlotArea, PlotScales } from './scales';

export interface FrameMotion {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

/** a·v + b for a scale, in CSS pixels. */
function affine(scale: PlotScales['x']): [number, number] {
  const b = scale(0);
  return [scale(1) - b, b];
}

/**
 * The device-pixel transform (px, py) -> (sx·px + tx, sy·py + ty) that takes a frame drawn with
 * `from` (its origin at the plot area's corner) to where the same points are under `to`.
 */
export function frameMotion(
  from: PlotScales,
  to: PlotScales,
  area: PlotArea,
  dpr: number,
): FrameMotion {
  const [ax0, bx0] = affine(from.x);
  const [ay0, by0] = affine(from.y);
  const [ax1, bx1] = affine(to.x);
  const [ay1, by1] = affine(to.y);
  const sx = ax1 / ax0;
  const sy = ay1 / ay0;
  return {
    sx,
    sy,
    tx: dpr * (sx * (area.left - bx0) + bx1 - area.left),
    ty: dpr * (sy * (area.top - by0) + by1 - area.top),
  };
}
