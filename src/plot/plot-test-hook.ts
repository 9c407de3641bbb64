// A small read-only window hook for the browser tests: where a row or a synthetic point is on
// screen right now, and how long the last canvas draw took. Nothing in the app reads it.

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface PlotTestHook {
  /** Viewport position of an input row, or null when it is outside the plot area. */
  rowPosition(row: number): ScreenPoint | null;
  /** Viewport position of synthetic row i of the last resampling. */
  syntheticPosition(index: number): ScreenPoint | null;
  /** Milliseconds the last canvas draw took, and how many points it drew. */
  lastDraw: { ms: number; points: number };
}

declare global {
  interface Window {
    smoteLabPlot?: PlotTestHook;
  }
}

export function exposePlotHook(hook: PlotTestHook): () => void {
  window.smoteLabPlot = hook;
  return () => {
    if (window.smoteLabPlot === hook) delete window.smoteLabPlot;
  };
}
