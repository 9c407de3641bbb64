// Result slice: the last resampling of the whole dataset, run in the worker. A run that fails
// (a bad parameter, too small a class) keeps the last result on screen beside its message.
import type { Params } from '../core/sampling/types';
import { JobCancelled, type ResampleSummary } from '../worker/client';
import type { SliceCreator } from './store';

export type RunStatus = 'idle' | 'running' | 'done' | 'error';

export interface ResultSlice {
  result: ResampleSummary | null;
  /** The parameters the result was made with (those on screen may have changed since). */
  resultParams: Params | null;
  resampleStatus: RunStatus;
  resampleError: string | null;
  /** The parameter the error names, when it names one. */
  resampleErrorParam: string | null;
  resampleProgress: number;
  /** Wall time from the request to the result on the page, in milliseconds. */
  resampleMs: number | null;
  resample(): Promise<void>;
  clearResult(): void;
}

export const createResultSlice: SliceCreator<ResultSlice> = (deps) => (set, get) => {
  let latest = 0;
  const failed = (message: string, parameter: string | null = null) =>
    set({ resampleStatus: 'error', resampleError: message, resampleErrorParam: parameter });
  return {
    result: null,
    resultParams: null,
    resampleStatus: 'idle',
    resampleError: null,
    resampleErrorParam: null,
    resampleProgress: 0,
    resampleMs: null,

    async resample() {
      const state = get();
      if (!state.dataset) return;
      const ticket = ++latest;
      if (state.resampleStatus === 'running') deps.worker.cancel();
      set({
        resampleStatus: 'running',
        resampleError: null,
        resampleErrorParam: null,
        resampleProgress: 0,
      });
      const started = performance.now();
      const request = {
        dataset: state.dataset,
        method: state.method,
        params: state.params,
        seed: state.seed,
        scaling: state.scaling,
      };
      const onProgress = (fraction: number) => {
        if (ticket === latest) set({ resampleProgress: fraction });
      };
      try {
        const out = await deps.worker.resample(request, onProgress);
        if (ticket !== latest) return;
        if (out.ok) {
          const resampleMs = performance.now() - started;
          set({
            result: out.value,
            resultParams: request.params,
            resampleStatus: 'done',
            resampleProgress: 1,
            resampleMs,
          });
        } else {
          failed(out.error.message, out.error.parameter ?? null);
        }
      } catch (error) {
        if (error instanceof JobCancelled || ticket !== latest) return;
        failed(String(error));
      }
    },

    clearResult() {
      latest++;
      set({
        result: null,
        resultParams: null,
        resampleStatus: 'idle',
        resampleError: null,
        resampleErrorParam: null,
        resampleProgress: 0,
      });
    },
  };
};
