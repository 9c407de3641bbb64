// Boundary slice: the evaluation's classifier fitted on the two plotted features of the whole
// dataset, with or without the method of the Resample panel, as a grid of P(minority) the plot
// shades. It is redone in a worker of its own whenever what it depends on changes.

import type { StateCreator } from 'zustand/vanilla';
import type { Dataset } from '../core/data/dataset';
import type { DecisionGrid } from '../core/evaluation/decision-grid';
import { JobCancelled } from '../worker/client';
import { createEvaluationClient } from '../worker/evaluation-client';
import type { AppState, StoreDeps } from './store';

export type BoundaryMode = 'off' | 'plain' | 'resampled';

export interface BoundaryShown {
  grid: DecisionGrid;
  /** What was fitted, in words, e.g. "logistic after SMOTE, on x1 and x2". */
  description: string;
}

export interface BoundarySlice {
  boundaryMode: BoundaryMode;
  boundary: BoundaryShown | null;
  boundaryError: string | null;
  setBoundaryMode(mode: BoundaryMode): void;
}

const GRID = { columns: 96, rows: 72 };

// A boundary fitted on two columns is not a region of the PC1/PC2 plane, and one fitted on every
// feature has no 2-D picture there: so the PCA view says so instead of shading.
export const PCA_BOUNDARY =
  'Decision boundary: not shaded in the PCA view, where every point mixes all the features; pick two columns under Projection to see it.';

/** The column's range widened by 15%, so the grid covers the plot's padded, rounded axes. */
function paddedRange(data: Dataset, column: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = column; i < data.X.length; i += data.d) {
    min = Math.min(min, data.X[i]);
    max = Math.max(max, data.X[i]);
  }
  const span = max - min || Math.abs(max) || 1;
  return [min - span * 0.15, max + span * 0.15];
}

function describe(state: AppState, data: Dataset): string {
  const { evalSettings, boundaryMode, method, xFeature, yFeature } = state;
  const fitted = boundaryMode === 'resampled' ? `after ${method}` : 'without resampling';
  const features = `${data.featureNames[xFeature]} and ${data.featureNames[yFeature]}`;
  const only = data.d > 2 ? ` only (the dataset has ${data.d} features)` : '';
  return `${evalSettings.classifier} ${fitted}, fitted on ${features}${only}`;
}

/** Everything the shown grid depends on, as one comparable value. */
function boundaryInputs(state: AppState): unknown[] {
  return [
    state.dataset,
    state.boundaryMode,
    state.xFeature,
    state.yFeature,
    state.projection,
    state.evalSettings.classifier,
    ...(state.boundaryMode === 'resampled' ? [state.method, state.params, state.seed] : []),
  ];
}

const sameInputs = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export const createBoundarySlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], BoundarySlice> =>
  (set, get, api) => {
    const jobs = (deps.connectEvaluation ?? createEvaluationClient)();
    let requested: unknown[] = [];
    let latest = 0;

    async function refresh(state: AppState) {
      const inputs = boundaryInputs(state);
      if (sameInputs(inputs, requested)) return;
      requested = inputs;
      const ticket = ++latest;
      jobs.cancel();
      const data = state.dataset;
      if (state.boundaryMode === 'off' || !data) {
        set({ boundary: null, boundaryError: null });
        return;
      }
      if (state.projection === 'pca' && data.d > 2) {
        set({ boundary: null, boundaryError: PCA_BOUNDARY });
        return;
      }
      const description = describe(state, data);
      // The old shading would be labelled with the new inputs, so it goes until the new grid comes.
      set({ boundary: null, boundaryError: null });
      try {
        const out = await jobs.decisionBoundary({
          dataset: data,
          classifier: state.evalSettings.classifier,
          method: state.boundaryMode === 'resampled' ? state.method : null,
          params: state.params,
          seed: state.seed,
          xFeature: state.xFeature,
          yFeature: state.yFeature,
          xDomain: paddedRange(data, state.xFeature),
          yDomain: paddedRange(data, state.yFeature),
          ...GRID,
        });
        if (ticket !== latest) return;
        if (out.ok) set({ boundary: { grid: out.value, description }, boundaryError: null });
        else set({ boundary: null, boundaryError: `Decision boundary: ${out.error.message}` });
      } catch (error) {
        if (error instanceof JobCancelled || ticket !== latest) return;
        set({ boundary: null, boundaryError: `Decision boundary: ${String(error)}` });
      }
    }

    api.subscribe((state) => void refresh(state));
    return {
      boundaryMode: 'off',
      boundary: null,
      boundaryError: null,
      setBoundaryMode(mode) {
        set({ boundaryMode: mode });
        void refresh(get());
      },
    };
  };
