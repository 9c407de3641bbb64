// The canvas layer: every real and resampled point, stamped from per-class sprites into one frame
// at whole device pixels, so 100k+ points draw quickly. Synthetic points are hollow. Large classes
// are first counted per pixel and each occupied pixel stamped once with the stack's opacity,
// which is what stamping every point there would give.
import type { ClassStyle } from './class-styles';
import type { PointFrame } from './point-frame';
import { pointSprite, type Sprite } from './point-sprites';
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

/** The layer's rows of each class, in row order; kept while the layer lives. Worked out in
 * steps (two passes over every row), as a million rows take a while. */
function* rowsByClass(layer: PointLayer, classes: number): Generator<void, Int32Array[], void> {
  const known = byClassCache.get(layer);
  if (known && known.length === classes) return known;
  const labels = layer.classes;
  const sizes = new Int32Array(classes);
  for (let from = 0; from < labels.length; from += CLASS_STEP) {
    const to = Math.min(from + CLASS_STEP, labels.length);
    for (let i = from; i < to; i++) sizes[labels[i]]++;
    yield;
  }
  const rows = Array.from(sizes, (size) => new Int32Array(size));
  sizes.fill(0);
  for (let from = 0; from < labels.length; from += CLASS_STEP) {
    const to = Math.min(from + CLASS_STEP, labels.length);
    for (let i = from; i < to; i++) {
      const c = labels[i];
      rows[c][sizes[c]++] = i;
    }
    yield;
  }
  byClassCache.set(layer, rows);
  return rows;
}

/** A linear scale as device pixels a·v + b, relative to the frame's corner. */
function deviceAffine(scale: PlotScales['x'], origin: number, dpr: number): [number, number] {
  const b = scale(0);
  return [(scale(1) - b) * dpr, (b - origin) * dpr];
}

/** Rows stamped or binned, and pixels flushed, between two steps of a stepped draw. */
const ROW_STEP = 32_768;
const PIXEL_STEP = 65_536;
const CLASS_STEP = 131_072;

type Affine = [number, number];

function stampRows(
  frame: PointFrame,
  layer: PointLayer,
  rows: Int32Array,
  from: number,
  to: number,
  sprite: Sprite,
  binned: boolean,
  [ax, bx]: Affine,
  [ay, by]: Affine,
): void {
  const { width, height, counts } = frame;
  const reach = sprite.reach;
  for (let r = from; r < to; r++) {
    const i = rows[r];
    const px = Math.round(ax * layer.xs[i] + bx);
    const py = Math.round(ay * layer.ys[i] + by);
    // Written so that a NaN position is skipped too.
    if (!(px >= -reach && px < width + reach && py >= -reach && py < height + reach)) continue;
    if (binned && px >= 0 && py >= 0 && px < width && py < height) counts[py * width + px]++;
    else frame.stamp(sprite, px, py);
  }
}

/** Stamps each binned pixel in [from, to) once with its stack, and empties its count. */
function flushBins(frame: PointFrame, sprite: Sprite, from: number, to: number): void {
  const { width, counts } = frame;
  for (let p = from; p < to; p++) {
    const n = counts[p];
    if (n === 0) continue;
    counts[p] = 0;
    frame.stamp(sprite, p % width, (p / width) | 0, n);
  }
}

/** The same drawing as drawPoints, in steps of a few milliseconds each, so a large first draw can
 * be spread over several tasks. Classes keep their order: a class's binned pass ends before the
 * next class starts. */
export function* drawPointsInSteps(
  frame: PointFrame,
  layers: PointLayer[],
  o: DrawOptions,
): Generator<void, void, void> {
  const x = deviceAffine(o.scales.x, o.left, o.dpr);
  const y = deviceAffine(o.scales.y, o.top, o.dpr);
  const total = layers.reduce((sum, layer) => sum + layer.xs.length, 0);
  const alpha = pointAlpha(total);
  frame.clear();
  // A stepped draw that was dropped halfway may have left counts behind.
  frame.counts.fill(0);
  for (const layer of layers) {
    const byClass = yield* rowsByClass(layer, o.styles.length);
    for (const c of o.order) {
      const rows = byClass[c];
      const sprite = pointSprite(o.styles[c], o.radius, layer.hollow, alpha, o.dpr);
      const binned = rows.length >= BIN_FROM;
      for (let from = 0; from < rows.length; from += ROW_STEP) {
        stampRows(
          frame,
          layer,
          rows,
          from,
          Math.min(from + ROW_STEP, rows.length),
          sprite,
          binned,
          x,
          y,
        );
        yield;
      }
      if (!binned) continue;
      const pixels = frame.counts.length;
      for (let from = 0; from < pixels; from += PIXEL_STEP) {
        flushBins(frame, sprite, from, Math.min(from + PIXEL_STEP, pixels));
        yield;
      }
    }
  }
}

export function drawPoints(frame: PointFrame, layers: PointLayer[], o: DrawOptions): void {
  const steps = drawPointsInSteps(frame, layers, o);
  while (!steps.next().done) {}
}
