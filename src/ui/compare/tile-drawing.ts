// One tile's picture: the real rows filled, the synthetic ones hollow (the plot's own sprites and
// point layer) and the rows a cleaning step removed crossed out, on scales every tile shares.
import { scaleLinear } from 'd3';
import type { Dataset } from '../../core/data/dataset';
import type { ClassStyle } from '../../plot/class-styles';
import { drawPoints, type PointLayer } from '../../plot/draw-points';
import { PointFrame } from '../../plot/point-frame';
import { baseScales, type PlotScales } from '../../plot/scales';
import type { ViewPoints, ViewProjection } from '../../state/view-projection';
import type { ResampleSummary } from '../../worker/client';

export interface TileDomain {
  x: [number, number];
  y: [number, number];
}

/** How many points of each kind landed inside the tile: what the browser tests read back. */
export interface TileCounts {
  real: number;
  synthetic: number;
  removed: number;
}

function widen(range: [number, number], values: Float64Array): void {
  for (let i = 0; i < values.length; i++) {
    if (values[i] < range[0]) range[0] = values[i];
    if (values[i] > range[1]) range[1] = values[i];
  }
}

/** One domain for every tile, on the plot's projection: the data and every tile's synthetic rows
 * (SVMSMOTE extrapolates). */
export function tileDomain(
  rows: ViewPoints,
  summaries: readonly ResampleSummary[],
  projection: ViewProjection,
): TileDomain {
  const synthetic = summaries.map((s) => projection.points(s.syntheticX));
  const axis = (pick: (p: ViewPoints) => Float64Array): [number, number] => {
    const range: [number, number] = [Infinity, -Infinity];
    widen(range, pick(rows));
    for (const points of synthetic) widen(range, pick(points));
    if (range[0] > range[1]) return [0, 1];
    const span = range[1] - range[0] || Math.abs(range[1]) || 1;
    // Round ends, as the tiles' scales draw them, so the note states the scales exactly.
    const [lo, hi] = scaleLinear()
      .domain([range[0] - span * 0.05, range[1] + span * 0.05])
      .nice()
      .domain();
    return [lo, hi];
  };
  return { x: axis((p) => p.xs), y: axis((p) => p.ys) };
}

export function sameDomain(a: TileDomain, b: TileDomain): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/** Smaller points than the main plot's: a tile is a fraction of its size. */
export function tileRadius(count: number): number {
  return count <= 600 ? 2.5 : count <= 6000 ? 1.8 : 1.2;
}

/** What every tile shares. */
export interface TileView {
  data: Dataset;
  /** The dataset's rows on the plot's two axes, and the projection the synthetic rows take. */
  rows: ViewPoints;
  projection: ViewProjection;
  domain: TileDomain;
  styles: ClassStyle[];
  order: number[];
  /** One point size for every tile, so the tiles compare point for point. */
  radius: number;
}

export interface TileInput extends TileView {
  summary: ResampleSummary;
  /** CSS pixels. */
  width: number;
  height: number;
}

function inside(scales: PlotScales, width: number, height: number, x: number, y: number): boolean {
  const px = scales.x(x);
  const py = scales.y(y);
  return px >= 0 && px <= width && py >= 0 && py <= height;
}

function countInside(layer: PointLayer, scales: PlotScales, width: number, height: number) {
  let n = 0;
  for (let i = 0; i < layer.xs.length; i++) {
    if (inside(scales, width, height, layer.xs[i], layer.ys[i])) n++;
  }
  return n;
}

/** Draws the tile on `canvas` at the screen's pixel ratio and counts what it drew. */
export function drawTile(canvas: HTMLCanvasElement, t: TileInput): TileCounts {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(t.width * dpr));
  canvas.height = Math.max(1, Math.round(t.height * dpr));
  const ctx = canvas.getContext('2d');
  const { data, summary } = t;
  const area = { left: 0, top: 0, width: t.width, height: t.height };
  const scales = baseScales(t.domain.x, t.domain.y, area);
  const real: PointLayer = {
    ...t.rows,
    classes: data.y,
    hollow: false,
  };
  const synthetic: PointLayer = {
    ...t.projection.points(summary.syntheticX),
    classes: summary.syntheticY,
    hollow: true,
  };
  const { radius } = t;
  const frame = new PointFrame(canvas.width, canvas.height);
  drawPoints(frame, [real, synthetic], {
    scales,
    styles: t.styles,
    order: t.order,
    radius,
    dpr,
    left: 0,
    top: 0,
  });
  if (!ctx) return { real: 0, synthetic: 0, removed: 0 };
  ctx.putImageData(frame.toImageData(), 0, 0);

  // Removed rows: input rows below nInput, synthetic row i as nInput + i.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.strokeStyle = '#111';
  ctx.lineWidth = 1.3;
  ctx.beginPath();
  let removed = 0;
  const arm = radius + 1.5;
  for (const row of summary.removed) {
    const from = row < summary.nInput ? real : synthetic;
    const i = row < summary.nInput ? row : row - summary.nInput;
    const [x, y] = [from.xs[i], from.ys[i]];
    if (!inside(scales, t.width, t.height, x, y)) continue;
    removed++;
    const [px, py] = [scales.x(x), scales.y(y)];
    ctx.moveTo(px - arm, py - arm);
    ctx.lineTo(px + arm, py + arm);
    ctx.moveTo(px - arm, py + arm);
    ctx.lineTo(px + arm, py - arm);
  }
  ctx.stroke();
  return {
    real: countInside(real, scales, t.width, t.height),
    synthetic: countInside(synthetic, scales, t.width, t.height),
    removed,
  };
}
