// Where the stepper's marks go on screen. A Euclidean circle of radius r in data space is an
// ellipse on screen whenever the two axes have different scales, so the ring gets one radius per axis.
import type { PlotScales } from './scales';

export interface ScreenEllipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** The circle of data radius r around (x, y), as drawn at the current scales; `stretch` gives
 * the data units per unit of r along each axis when the circle lives in scaled space. */
export function dataCircleOnScreen(
  scales: PlotScales,
  x: number,
  y: number,
  r: number,
  stretch: readonly [number, number] = [1, 1],
): ScreenEllipse {
  const cx = scales.x(x);
  const cy = scales.y(y);
  const rx = Math.abs(scales.x(x + r * stretch[0]) - cx);
  return { cx, cy, rx, ry: Math.abs(scales.y(y + r * stretch[1]) - cy) };
}

/** The point a fraction t of the way from a to b (t may be negative: beyond a, away from b). */
export function along(a: [number, number], b: [number, number], t: number): [number, number] {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
