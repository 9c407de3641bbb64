// The stepper's ring is the ball through the k-th neighbour in the space the run searched. Seen
// on two columns it is an ellipse with one data radius per axis (r times each column's scale); on
// PC1/PC2 of standardised features it is a circle of radius r when the search was standardised
// too (an orthogonal projection keeps a ball's radius), and no honest ring otherwise.
import type { Dataset } from '../core/data/dataset';
import { fitScaling, type ScalingKind } from '../core/data/scaling';
import { memoLast } from '../state/memo-last';
import type { AppState } from '../state/store';
import type { ProjectionKind } from '../state/view-params';

/** Data units per unit of search distance along x and y; null when no ring can be drawn. */
export type RingStretch = [number, number] | null;

const UNSTRETCHED: RingStretch = [1, 1];

const stretchOf = memoLast(
  (
    data: Dataset | null,
    kind: ScalingKind,
    projection: ProjectionKind,
    x: number,
    y: number,
  ): RingStretch => {
    if (!data) return null;
    if (projection === 'pca' && data.d > 2) return kind === 'standardise' ? UNSTRETCHED : null;
    if (kind === 'none') return UNSTRETCHED;
    const { scale } = fitScaling(data.X, data.n, data.d, kind);
    return [scale[x], scale[y]];
  },
);

export function selectRingStretch(s: AppState): RingStretch {
  const kind = s.result?.scaling ?? s.scaling;
  return stretchOf(s.dataset, kind, s.projection, s.xFeature, s.yFeature);
}
