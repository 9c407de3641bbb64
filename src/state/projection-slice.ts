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
  /** Screen pixels per plotted unit along x and y at zoom 1, as the plot last drew them. */
  viewPixels: { x: number; y: number } | null;
  setProjection(projection: ProjectionKind): void;
  setViewPixels(pixels: { x: number; y: number }): void;
  setScaling(scaling: ScalingKind): void;
}

export const createProjectionSlice: SliceCreator<ProjectionSlice> = () => (set, get) => ({
  projection: 'columns',
  scaling: 'none',
  previousScaling: null,
  viewPixels: null,
  setProjection: (projection) => set({ projection }),
  setViewPixels(pixels) {
    const now = get().viewPixels;
    if (now?.x !== pixels.x || now?.y !== pixels.y) set({ viewPixels: pixels });
  },
  setScaling(scaling) {
    const previous = get().scaling;
    if (scaling === previous) return;
    set({ scaling, previousScaling: previous });
    if (get().resampleStatus !== 'idle') void get().resample();
  },
});
