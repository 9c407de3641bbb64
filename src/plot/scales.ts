// Scales from data space to SVG pixels, and back. The base scales fit the data; a d3-zoom
// transform rescales them, so axes, canvas, overlay and hit testing always agree.
import { type ScaleLinear, scaleLinear, type ZoomTransform } from 'd3';

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlotScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** The axis titles' baselines: the y title's from the left edge, the x title's from the bottom. */
  yTitleX: number;
  xTitleUp: number;
}

export const MARGIN: PlotMargin = {
  top: 14,
  right: 18,
  bottom: 48,
  left: 70,
  yTitleX: 16,
  xTitleUp: 10,
};

/** Room for presenter mode's larger axis type, so five-digit ticks clear the axis title. */
export const PRESENTER_MARGIN: PlotMargin = {
  top: 14,
  right: 18,
  bottom: 64,
  left: 104,
  yTitleX: 22,
  xTitleUp: 10,
};

export function plotArea(width: number, height: number, margin: PlotMargin = MARGIN): PlotArea {
  return {
    left: margin.left,
    top: margin.top,
    width: Math.max(1, width - margin.left - margin.right),
    height: Math.max(1, height - margin.top - margin.bottom),
  };
}

/** [min, max] of one column of a row-major matrix, widened so that no point sits on the frame. */
export function paddedExtent(X: Float64Array, d: number, column: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = column; i < X.length; i += d) {
    if (X[i] < min) min = X[i];
    if (X[i] > max) max = X[i];
  }
  return padRange(min, max);
}

/** A data range widened by 6% each side ([0, 1] when there is none), so marks clear the axes. */
export function padRange(min: number, max: number): [number, number] {
  if (min > max) return [0, 1];
  const span = max - min || Math.abs(max) || 1;
  return [min - span * 0.06, max + span * 0.06];
}

/** Scales that fit the domains into the area (y grows upward), with round tick values. */
export function baseScales(
  xDomain: [number, number],
  yDomain: [number, number],
  area: PlotArea,
): PlotScales {
  return {
    x: scaleLinear()
      .domain(xDomain)
      .range([area.left, area.left + area.width])
      .nice(),
    y: scaleLinear()
      .domain(yDomain)
      .range([area.top + area.height, area.top])
      .nice(),
  };
}

export function zoomedScales(base: PlotScales, transform: ZoomTransform): PlotScales {
  return { x: transform.rescaleX(base.x), y: transform.rescaleY(base.y) };
}

/** Pixels per data unit along each axis. */
export function pixelsPerUnit(scales: PlotScales): { x: number; y: number } {
  const [x0, x1] = scales.x.domain();
  const [y0, y1] = scales.y.domain();
  const [a0, a1] = scales.x.range();
  const [b0, b1] = scales.y.range();
  return { x: Math.abs((a1 - a0) / (x1 - x0)), y: Math.abs((b1 - b0) / (y1 - y0)) };
}

/** Whether an SVG position lies in the plot area (not in the margins with the axes). */
export function insideArea(area: PlotArea, x: number, y: number): boolean {
  return (
    x >= area.left && x <= area.left + area.width && y >= area.top && y <= area.top + area.height
  );
}
