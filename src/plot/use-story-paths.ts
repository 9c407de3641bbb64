// The paths of a result's story marks at the current scales: border sets, ADASYN weights,
// extrapolation stubs and removals, one path per kind. Recomputed on zoom, not on other renders.
import { useMemo } from 'react';
import type { ResampleSummary } from '../worker/client';
import type { PlotColumns } from './plot-columns';
import type { PlotArea, PlotScales } from './scales';
import { circlesPath, markerPath, screenPoints, segmentsPath } from './story-paths';
import { STORY_STYLES, type StoryKind } from './story-styles';

export interface StoryPath {
  kind: StoryKind;
  /** SVG path data in the overlay's pixels. */
  d: string;
  /** Marks drawn (those on screen). */
  count: number;
}

/** Past this many marks of one kind, the canvas draws them: SVG paints that many too slowly. */
export const SVG_MARK_LIMIT = 600;

export function onCanvas(path: StoryPath): boolean {
  return path.count > SVG_MARK_LIMIT;
}

/** More extrapolation stubs than this would clutter the plot. */
const MAX_STUBS = 2500;

/** For each synthetic point with a negative gap, anchor to point (x1, y1, x2, y2). */
function extrapolationStubs(
  result: ResampleSummary,
  rows: PlotColumns,
  synthetic: PlotColumns,
  scales: PlotScales,
): Float64Array | null {
  const { gap, anchor } = result.provenance;
  const stubs: number[] = [];
  for (let i = 0; i < gap.length; i++) {
    if (!(gap[i] < 0)) continue;
    if (stubs.length >= MAX_STUBS * 4) return null;
    stubs.push(scales.x(rows.xs[anchor[i]]), scales.y(rows.ys[anchor[i]]));
    stubs.push(scales.x(synthetic.xs[i]), scales.y(synthetic.ys[i]));
  }
  return stubs.length > 0 ? Float64Array.from(stubs) : null;
}

export function useStoryPaths(
  result: ResampleSummary | null,
  rows: PlotColumns,
  synthetic: PlotColumns | null,
  scales: PlotScales,
  area: PlotArea,
  radius: number,
): StoryPath[] {
  return useMemo(() => {
    if (!result) return [];
    const d = result.diagnostics;
    const paths: StoryPath[] = [];
    const markers = (kind: StoryKind, xy: Float64Array, size: number) => {
      const shape = STORY_STYLES[kind].shape ?? 'ring';
      paths.push({ kind, d: markerPath(xy, shape, size), count: xy.length / 2 });
    };
    if (d.weights) {
      const w = d.weights;
      let max = 0;
      const weighted: number[] = [];
      w.forEach((v, i) => {
        if (v <= 0) return;
        weighted.push(i);
        max = Math.max(max, v);
      });
      const on = screenPoints(weighted, rows, scales, area, 0);
      // Circle area in proportion to the weight.
      const largest = Math.max(14, radius * 3);
      const radii = Array.from(on.rows, (i) => largest * Math.sqrt(w[i] / max));
      paths.push({ kind: 'weight', d: circlesPath(on.xy, radii), count: on.rows.length });
    }
    const stubs = synthetic && extrapolationStubs(result, rows, synthetic, scales);
    if (stubs)
      paths.push({ kind: 'extrapolation', d: segmentsPath(stubs), count: stubs.length / 4 });
    const sizes = { safe: radius + 3, noise: radius + 4, danger: radius + 4 };
    for (const set of ['safe', 'noise', 'danger'] as const) {
      const rowsInSet = d[set];
      if (rowsInSet) markers(set, screenPoints(rowsInSet, rows, scales, area).xy, sizes[set]);
    }
    if (result.removed.length > 0) {
      const { removed, nInput } = result;
      const input = removed.filter((p) => p < nInput);
      const made = removed.filter((p) => p >= nInput).map((p) => p - nInput);
      const fromInput = screenPoints(input, rows, scales, area).xy;
      const fromMade = synthetic
        ? screenPoints(made, synthetic, scales, area).xy
        : new Float64Array(0);
      const xy = new Float64Array(fromInput.length + fromMade.length);
      xy.set(fromInput);
      xy.set(fromMade, fromInput.length);
      markers('removed', xy, radius + 3);
    }
    return paths;
  }, [result, rows, synthetic, scales, area, radius]);
}
