// Clicks and taps on the plot, resolved in data space: the nearest walkthrough child, resampled
// point or row within reach of the pointer, searched in per-layer grid indexes.
import { type MouseEvent, useMemo } from 'react';
import { appStore } from '../state/app-store';
import type { PlotColumns } from './plot-columns';
import { type Layer, PointIndex, pickNearest } from './point-index';
import { insideArea, type PlotArea, type PlotScales, pixelsPerUnit } from './scales';

interface ClickTargets {
  rows: PlotColumns;
  synthetic: PlotColumns | null;
  children: PlotColumns;
  scales: PlotScales;
  area: PlotArea;
  radius: number;
}

export function usePlotClick(targets: ClickTargets) {
  const { rows, synthetic, children, scales, area, radius } = targets;
  const rowIndex = useMemo(() => new PointIndex(rows.xs, rows.ys), [rows]);
  const syntheticIndex = useMemo(
    () => synthetic && new PointIndex(synthetic.xs, synthetic.ys),
    [synthetic],
  );
  // Upper layers first: children are drawn over resampled points, which are drawn over rows.
  const layers = useMemo(() => {
    const list: Layer<'child' | 'synthetic' | 'row'>[] = [];
    if (children.xs.length > 0) {
      list.push({ kind: 'child', index: new PointIndex(children.xs, children.ys) });
    }
    if (syntheticIndex) list.push({ kind: 'synthetic', index: syntheticIndex });
    list.push({ kind: 'row', index: rowIndex });
    return list;
  }, [children, syntheticIndex, rowIndex]);

  return (event: MouseEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const sx = event.clientX - rect.left;
    const sy = event.clientY - rect.top;
    if (!insideArea(area, sx, sy)) return;
    const perUnit = pixelsPerUnit(scales);
    const reach = Math.max(9, radius + 5);
    const qx = scales.x.invert(sx);
    const qy = scales.y.invert(sy);
    const hit = pickNearest(layers, qx, qy, reach / perUnit.x, reach / perUnit.y);
    if (!hit) return;
    const state = appStore.getState();
    if (hit.kind === 'child') state.selectSynthetic({ source: 'walkthrough', index: hit.id });
    else if (hit.kind === 'synthetic') state.selectSynthetic({ source: 'resample', index: hit.id });
    else state.selectAnchor(hit.id);
  };
}
