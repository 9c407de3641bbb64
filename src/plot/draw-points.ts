// The canvas layer: every real and resampled point, stamped from per-class sprites into one frame
// at whole device pixels, so 100k+ points draw quickly. Synthetic points are hollow. Large classes
// are first counted per pixel and each occupied pixel stamped once with the stack's opacity,
// which is what stamping every point there would give.
import type { ClassStyle } from './class-styles';
import type { PointFrame } from './point-frame';
import { pointSprite } from './point-sprites';
import type { PlotScales } from './scales';

export interface PointLayer {
  xs: Float64Array;
  ys: Float64Array;
  classes: Int32Array;
  hollow: boolean;
}

export interface DrawOptions {
  scales: PlotScales;
  styles: ClassStyle[];
  /** Class codes in drawing order, largest class first. */
  order: number[];
  radius: number;
  dpr: number;
  /** The frame's top-left corner in the overlay's (CSS) pixels. */
  left: number;
  top: number;
}

/** Past this many points of one class in a layer, points are counted per pixel first. */
const BIN_FROM = 20_000;

/** Dense plots need see-through points to show where they pile up. */
export function pointAlpha(total: number): number {
  return total > 5000 ? 0.5 : 0.9;
}

/** Smaller points when there are many, so a dense cloud keeps its shape. */
export function pointRadius(count: number): number {
  return count <= 600 ? 5 : count <= 6000 ? 3.5 : 2;
}

const byClassCache = new WeakMap<PointLayer, Int32Array[]>();

/** The layer's rows of each class, in row order; kept while the layer lives. */
function rowsByClass(layer: PointLayer, classes: number): Int32Array[] {
  const known = byClassCache.get(layer);
  if (known && known.length === classes) return known;
  const sizes = new Int32Array(classes);
  for (let i = 0; i < layer.classes.length; i++) sizes[layer.classes[i]]++;
  const rows = Array.from(sizes, (size) => new Int32Array(size));
  sizes.fill(0);
  for (let i = 0; i < layer.classes.length; i++) {
    const c = layer.classes[i];
    rows[c][sizes[c]++] = i;
  }
  byClassCache.set(layer, rows);
  return rows;
}

/** A linear scale as device pixels a·v + b, relative to the frame's corner. */
function deviceAffine(scale: PlotScales['x'], origin: number, dpr: number): [number, number] {
  const b = scale(0);
  return [(scale(1) - b) * dpr, (b - origin) * dpr];
}

export function drawPoints(frame: PointFrame, layers: PointLayer[], o: DrawOptions): void {
  const { width, height, counts } = frame;
  const [ax, bx] = deviceAffine(o.scales.x, o.left, o.dpr);
  const [ay, by] = deviceAffine(o.scales.y, o.top, o.dpr);
  const total = layers.reduce((sum, layer) => sum + layer.xs.length, 0);
  const alpha = pointAlpha(total);
  frame.clear();
  for (const layer of layers) {
    const byClass = rowsByClass(layer, o.styles.length);
    for (const c of o.order) {
      const rows = byClass[c];
      const sprite = pointSprite(o.styles[c], o.radius, layer.hollow, alpha, o.dpr);
      const reach = sprite.reach;
      const binned = rows.length >= BIN_FROM;
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r];
        const px = Math.round(ax * layer.xs[i] + bx);
        const py = Math.round(ay * layer.ys[i] + by);
        // Written so that a NaN position is skipped too.
        if (!(px >= -reach && px < width + reach && py >= -reach && py < height + reach)) continue;
        if (binned && px >= 0 && py >= 0 && px < width && py < height) counts[py * width + px]++;
        else frame.stamp(sprite, px, py);
      }
      if (!binned) continue;
      for (let p = 0; p < counts.length; p++) {
        const n = counts[p];
        if (n === 0) continue;
        counts[p] = 0;
        frame.stamp(sprite, p % width, (p / width) | 0, n);
      }
    }
  }
}
