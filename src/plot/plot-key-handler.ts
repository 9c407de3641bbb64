// The plot's keys: arrows move the cursor between anchor candidates as they lie on screen,
// Enter or Space makes the cursor row the anchor, Escape clears, + and − zoom, 0 resets the zoom.
// While the stepper is open its keys come first (→ ← Space Home End Escape) and zoom stays.
import type { KeyboardEvent } from 'react';
import type { Dataset } from '../core/data/dataset';
import { anchorRows } from '../state/anchor-rows';
import { appStore } from '../state/app-store';
import { handleStepperKey } from '../state/stepper-keys';
import { arrowDirection, firstInReadingOrder, stepInDirection } from './keyboard-navigation';
import type { PlotColumns } from './plot-columns';
import type { PlotScales } from './scales';
import type { ZoomControls } from './use-zoom';

export function plotKeyHandler(
  data: Dataset,
  rows: PlotColumns,
  scales: PlotScales,
  zoom: Pick<ZoomControls, 'zoomBy' | 'resetZoom'>,
) {
  return (event: KeyboardEvent<SVGSVGElement>) => {
    const state = appStore.getState();
    if (handleStepperKey(state, event)) {
      event.preventDefault();
      return;
    }
    const direction = arrowDirection(event.key);
    // While stepping, the stepper picks the anchors: moving between points and Enter wait.
    if (state.stepperOpen && (direction || event.key === 'Enter')) return;
    if (direction) {
      event.preventDefault();
      const candidates = anchorRows(data);
      const xs = Array.from(candidates, (row) => scales.x(rows.xs[row]));
      const ys = Array.from(candidates, (row) => scales.y(rows.ys[row]));
      const from = candidates.indexOf(state.cursor ?? state.anchor ?? -1);
      const next =
        from < 0 ? firstInReadingOrder(xs, ys) : stepInDirection(xs, ys, from, direction);
      if (next !== null) state.setCursor(candidates[next]);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (state.cursor !== null) state.selectAnchor(state.cursor);
        return;
      case 'Escape':
        state.clearSelection();
        return;
      case '+':
      case '=':
        zoom.zoomBy(1.5);
        return;
      case '-':
        zoom.zoomBy(1 / 1.5);
        return;
      case '0':
        zoom.resetZoom();
        return;
    }
  };
}
