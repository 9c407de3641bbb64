// What the inspector says about the neighbours beyond the table: which ones a change of feature
// scaling swapped, and which ones the 2-D view misplaces (they look farther than a non-neighbour).
import { classRows, type Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import { viewMismatches } from '../core/neighbors/view-mismatch';
import { createRandom } from '../core/random';
import { anchorWalkthrough } from '../core/sampling/anchor-walkthrough';
import { type ScaledDataset, scaleDataset } from '../core/sampling/scaled-run';
import { memoLast } from './memo-last';
import { selectSearchData, selectWalkthrough } from './selectors';
import type { AppState } from './store';
import {
  selectRowPoints,
  selectViewProjection,
  type ViewPoints,
  type ViewProjection,
} from './view-projection';

export interface ScalingChange {
  from: ScalingKind;
  to: ScalingKind;
  k: number;
  /** Rows among the k nearest now and not before, nearest first. */
  added: number[];
  /** Rows among the k nearest before and not now, nearest first. */
  dropped: number[];
}

const scalingChangeOf = memoLast(
  (
    data: Dataset | null,
    from: ScalingKind | null,
    to: ScalingKind,
    anchor: number | null,
    k: number,
    now: Int32Array | null,
  ): ScalingChange | null => {
    if (!data || from === null || from === to || anchor === null || !now) return null;
    const before = anchorWalkthrough(scaleDataset(data, from).data, anchor, k, 0, createRandom(0));
    if (!before.ok) return null;
    const old = Array.from(before.value.neighbors);
    const added = Array.from(now).filter((row) => !old.includes(row));
    const dropped = old.filter((row) => !now.includes(row));
    return { from, to, k, added, dropped };
  },
);

/** How the last change of scaling changed the anchor's neighbours; null before any change. */
export function selectScalingChange(s: AppState): ScalingChange | null {
  const walk = selectWalkthrough(s);
  const now = walk?.ok ? walk.value.neighbors : null;
  return scalingChangeOf(s.dataset, s.previousScaling, s.scaling, s.anchor, s.k, now);
}

export type MisplacedReason =
  | { kind: 'hidden'; feature: string }
  | { kind: 'stretch'; scaling: ScalingKind }
  | { kind: 'pca'; kept: number; scaling: ScalingKind };

export interface MisplacedNeighbor {
  row: number;
  /** 0-based rank among the k nearest in all features. */
  rank: number;
  looksNearer: number;
  count: number;
  reason: MisplacedReason;
}

/** The points in screen pixels (zoom keeps both axes' ratio); without a drawn plot, each axis
 * mapped to [0, 1] over the data, as the plot fits each axis to its own length. */
const onScreen = memoLast(
  (points: ViewPoints, pixels: { x: number; y: number } | null): ViewPoints => {
    const scale = (v: Float64Array, perUnit: number | undefined) => {
      let min = Infinity;
      let max = -Infinity;
      for (const x of v) [min, max] = [Math.min(min, x), Math.max(max, x)];
      const factor = perUnit ?? 1 / (max - min || 1);
      return v.map((x) => (x - min) * factor);
    };
    return { xs: scale(points.xs, pixels?.x), ys: scale(points.ys, pixels?.y) };
  },
);

/** Why `near` looks nearer than the neighbour `row`, on two columns of `d` features. */
function columnsReason(
  searched: ScaledDataset,
  plotted: [number, number],
  anchor: number,
  row: number,
  near: number,
): MisplacedReason {
  const { X, d, featureNames } = searched.data;
  let [hiddenRow, hiddenNear, widest, widestGap] = [0, 0, -1, -1];
  for (let j = 0; j < d; j++) {
    if (plotted.includes(j)) continue;
    const gap = (X[near * d + j] - X[anchor * d + j]) ** 2;
    hiddenNear += gap;
    hiddenRow += (X[row * d + j] - X[anchor * d + j]) ** 2;
    if (gap > widestGap) [widest, widestGap] = [j, gap];
  }
  return hiddenNear > hiddenRow && widest >= 0
    ? { kind: 'hidden', feature: featureNames[widest] }
    : { kind: 'stretch', scaling: searched.scaling.kind };
}

const misplacedOf = memoLast(
  (
    searched: ScaledDataset | null,
    projection: ViewProjection | null,
    points: ViewPoints | null,
    pixels: { x: number; y: number } | null,
    neighbors: Int32Array | null,
    anchor: number | null,
    x: number,
    y: number,
  ): MisplacedNeighbor[] => {
    if (!searched || !projection || !points || !neighbors || anchor === null) return [];
    const data = searched.data;
    if (data.d <= 2 && projection.kind === 'columns') return [];
    const view = onScreen(points, pixels);
    const candidates = classRows(data, data.y[anchor]);
    return viewMismatches(anchor, neighbors, candidates, view.xs, view.ys).map((m) => ({
      ...m,
      reason: projection.pca
        ? {
            kind: 'pca',
            kept:
              projection.pca.explainedVarianceRatio[0] + projection.pca.explainedVarianceRatio[1],
            scaling: searched.scaling.kind,
          }
        : columnsReason(searched, [x, y], anchor, m.row, m.looksNearer),
    }));
  },
);

/** Neighbours that look farther in the 2-D view than some non-neighbour of their class. */
export function selectMisplacedNeighbors(s: AppState): MisplacedNeighbor[] {
  const walk = selectWalkthrough(s);
  return misplacedOf(
    selectSearchData(s),
    selectViewProjection(s),
    selectRowPoints(s),
    s.viewPixels,
    walk?.ok ? walk.value.neighbors : null,
    s.anchor,
    s.xFeature,
    s.yFeature,
  );
}
