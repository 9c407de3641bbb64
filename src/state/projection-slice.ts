// Projection slice: what the plot's axes show (two columns or PCA) and the feature scaling applied
// before every neighbour search. A new scaling redoes the resampling on screen, since its
// neighbours were found under the old one.
import type { ScalingKind } from '../core/data/scaling';
import type { SliceCreator } from './store';
import type { ProjectionKind } from './view-params';

export interface ProjectionSlice {
  projection: ProjectionKind;
  scaling: ScalingKind;
  /** The scaling before the last change, so the inspector can say what it changed; null before any. */
  previousScaling: ScalingKind | null;
  setProjection(projection: ProjectionKind): void;
  setScaling(scaling: ScalingKind): void;
}

export const createProjectionSlice: SliceCreator<ProjectionSlice> = () => (set, get) => ({
  projection: 'columns',
  scaling: 'none',
  previousScaling: null,
  setProjection: (projection) => set({ projection }),
  setScaling(scaling) {
    const previous = get().scaling;
    if (scaling === previous) return;
    set({ scaling, previousScaling: previous });
    if (get().resampleStatus !== 'idle') void get().resample();
  },
});
