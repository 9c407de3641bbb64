// Result slice: the last resampling of the whole dataset, run in the worker.
import { findMethod } from '../core/sampling/registry';
import type { Params } from '../core/sampling/types';
import { JobCancelled, type ResampleSummary } from '../worker/client';
import type { AppState, SliceCreator } from './store';

export type RunStatus = 'idle' | 'running' | 'done' | 'error';

export interface ResultSlice {
  result: ResampleSummary | null;
  resampleStatus: RunStatus;
  resampleError: string | null;
  resampleProgress: number;
  /** Wall time from the request to the result on the page, in milliseconds. */
  resampleMs: number | null;
  resample(): Promise<void>;
  clearResult(): void;
}

/** The method's parameters: k from the control where the method has k_neighbors, strategy 'auto'. */
export function methodParams(state: Pick<AppState, 'method' | 'k'>): Params {
  const names = new Set(findMethod(state.method)?.params.map((p) => p.name));
  const params: Params = {};
  if (names.has('sampling_strategy')) params.sampling_strategy = 'auto';
  if (names.has('k_neighbors')) params.k_neighbors = state.k;
  return params;
}

export const createResultSlice: SliceCreator<ResultSlice> = (deps) => (set, get) => {
  let latest = 0;
  return {
    result: null,
    resampleStatus: 'idle',
    resampleError: null,
    resampleProgress: 0,
    resampleMs: null,

    async resample() {
      const state = get();
      if (!state.dataset) return;
      const ticket = ++latest;
      if (state.resampleStatus === 'running') deps.worker.cancel();
      set({ resampleStatus: 'running', resampleError: null, resampleProgress: 0 });
      const started = performance.now();
      const request = {
        dataset: state.dataset,
        method: state.method,
        params: methodParams(state),
        seed: state.seed,
      };
      const onProgress = (fraction: number) => {
        if (ticket === latest) set({ resampleProgress: fraction });
      };
      try {
        const out = await deps.worker.resample(request, onProgress);
        if (ticket !== latest) return;
        if (out.ok) {
          const resampleMs = performance.now() - started;
          set({ result: out.value, resampleStatus: 'done', resampleProgress: 1, resampleMs });
        } else {
          set({ result: null, resampleStatus: 'error', resampleError: out.error.message });
        }
      } catch (error) {
        if (error instanceof JobCancelled || ticket !== latest) return;
        set({ result: null, resampleStatus: 'error', resampleError: String(error) });
      }
    },

    clearResult() {
      latest++;
      set({ result: null, resampleStatus: 'idle', resampleError: null, resampleProgress: 0 });
    },
  };
};
