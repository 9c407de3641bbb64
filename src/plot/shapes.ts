// Point shapes traced onto anything with a path API: a canvas context draws thousands in one
// batch, and d3-path turns the same tracing into an SVG path for the overlay and the legend.
import { path } from 'd3';

export type ShapeName = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross' | 'hexagon';

export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  closePath(): void;
}

function regularPolygon(corners: number, radius: number, startDegrees: number): number[] {
  const points: number[] = [];
  for (let i = 0; i < corners; i++) {
    const angle = ((startDegrees + (360 * i) / corners) * Math.PI) / 180;
    points.push(radius * Math.cos(angle), radius * Math.sin(angle));
  }
  return points;
}

// Corners for radius 1, x then y; sizes chosen so every shape looks about as heavy as the circle.
const CORNERS: Record<Exclude<ShapeName, 'circle'>, number[]> = {
  triangle: regularPolygon(3, 1.3, -90),
  square: regularPolygon(4, 1.25, 45),
  diamond: regularPolygon(4, 1.25, -90),
  hexagon: regularPolygon(6, 1.1, 0),
  cross: [
    -0.38, -1.1, 0.38, -1.1, 0.38, -0.38, 1.1, -0.38, 1.1, 0.38, 0.38, 0.38, 0.38, 1.1, -0.38, 1.1,
    -0.38, 0.38, -1.1, 0.38, -1.1, -0.38, -0.38, -0.38,
  ],
};

/** Adds one shape of radius r centred at (x, y) to the current path. */
export function traceShape(
  sink: PathSink,
  shape: ShapeName,
  x: number,
  y: number,
  r: number,
): void {
  if (shape === 'circle') {
    sink.moveTo(x + r, y);
    sink.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const corners = CORNERS[shape];
  sink.moveTo(x + corners[0] * r, y + corners[1] * r);
  for (let i = 2; i < corners.length; i += 2)
    sink.lineTo(x + corners[i] * r, y + corners[i + 1] * r);
  sink.closePath();
}

/** The SVG path of one shape centred at the origin. */
export function shapePath(shape: ShapeName, r: number): string {
  const p = path();
  traceShape(p, shape, 0, 0, r);
  return p.toString();
}
