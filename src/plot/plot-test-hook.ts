// A small read-only window hook for the browser tests: where a row or a synthetic point is on
// screen right now, and how long the last canvas draw took. Nothing in the app reads it.
import { type RefObject, useEffect } from 'react';
import type { PlotColumns } from './plot-columns';
import { insideArea, type PlotArea, type PlotScales } from './scales';
import type { LastDraw } from './use-canvas-points';

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface PlotTestHook {
  /** Viewport position of an input row, or null when it is outside the plot area. */
  rowPosition(row: number): ScreenPoint | null;
  /** Viewport position of synthetic row i of the last resampling. */
  syntheticPosition(index: number): ScreenPoint | null;
  /** Milliseconds the last full canvas draw took, how many points it drew, and whether the
   * canvas shows it (false while a zoom or pan shows the previous frame moved). */
  lastDraw: { ms: number; points: number; sharp: boolean };
}

declare global {
  interface Window {
    smoteLabPlot?: PlotTestHook;
  }
}

interface HookSource {
  svgRef: RefObject<SVGSVGElement | null>;
  scales: PlotScales;
  area: PlotArea;
  rows: PlotColumns;
  synthetic: PlotColumns | null;
  lastDraw: RefObject<LastDraw>;
}

/** Keeps `window.smoteLabPlot` answering for the plot as it is drawn now. */
export function usePlotTestHook({ svgRef, scales, area, rows, synthetic, lastDraw }: HookSource) {
  useEffect(() => {
    const onScreen = (x: number, y: number): ScreenPoint | null => {
      const rect = svgRef.current?.getBoundingClientRect();
      const [sx, sy] = [scales.x(x), scales.y(y)];
      return rect && insideArea(area, sx, sy) ? { x: rect.left + sx, y: rect.top + sy } : null;
    };
    const hook: PlotTestHook = {
      rowPosition: (row) => onScreen(rows.xs[row], rows.ys[row]),
      syntheticPosition: (i) => (synthetic ? onScreen(synthetic.xs[i], synthetic.ys[i]) : null),
      get lastDraw() {
        return lastDraw.current;
      },
    };
    window.smoteLabPlot = hook;
    return () => {
      if (window.smoteLabPlot === hook) delete window.smoteLabPlot;
    };
  }, [svgRef, scales, area, rows, synthetic, lastDraw]);
}
