// The canvas layer: every real and resampled point, blended from per-class sprites into one
// frame at whole device pixels, so 100k points draw quickly. Synthetic points are hollow.
import type { ClassStyle } from './class-styles';
import { blendSprite, pointSprite } from './point-sprites';
import type { PlotArea, PlotScales } from './scales';

export interface PointLayer {
  xs: Float64Array;
  ys: Float64Array;
  classes: Int32Array;
  hollow: boolean;
}

export interface DrawOptions {
  area: PlotArea;
  scales: PlotScales;
  styles: ClassStyle[];
  /** Class codes in drawing order, largest class first. */
  order: number[];
  radius: number;
  dpr: number;
}

/** A linear scale as device pixels a·v + b, relative to the canvas corner. */
function deviceAffine(scale: PlotScales['x'], origin: number, dpr: number): [number, number] {
  const b = scale(0);
  return [(scale(1) - b) * dpr, (b - origin) * dpr];
}

export function drawPoints(ctx: CanvasRenderingContext2D, layers: PointLayer[], o: DrawOptions) {
  const { area, radius, dpr } = o;
  const { width, height } = ctx.canvas;
  const frame = ctx.createImageData(width, height);
  const [ax, bx] = deviceAffine(o.scales.x, area.left, dpr);
  const [ay, by] = deviceAffine(o.scales.y, area.top, dpr);
  const total = layers.reduce((sum, layer) => sum + layer.xs.length, 0);
  // Dense plots need see-through points to show where they pile up.
  const alpha = total > 5000 ? 0.5 : 0.9;
  for (const layer of layers) {
    for (const c of o.order) {
      const sprite = pointSprite(o.styles[c], radius, layer.hollow, alpha, dpr);
      const reach = sprite.offset;
      for (let i = 0; i < layer.xs.length; i++) {
        if (layer.classes[i] !== c) continue;
        const px = Math.round(ax * layer.xs[i] + bx);
        const py = Math.round(ay * layer.ys[i] + by);
        if (px < -reach || px > width + reach || py < -reach || py > height + reach) continue;
        blendSprite(frame, sprite, px, py);
      }
    }
  }
  ctx.putImageData(frame, 0, 0);
}

/** Smaller points when there are many, so a dense cloud keeps its shape. */
export function pointRadius(count: number): number {
  return count <= 600 ? 5 : count <= 6000 ? 3.5 : 2;
}
