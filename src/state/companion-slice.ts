// Companion slice: a second method run on the dataset on screen with the same seed and k, for the
// lessons that set two methods side by side (RandomOverSampler beside SMOTE, SMOTENC beside SMOTE).
// It has a worker of its own, so it neither waits behind nor cancels the main run, and the
// exports keep describing the main run.

import type { Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import { createWorkerClient, JobCancelled, type ResampleSummary } from '../worker/client';
import { carriedParamTexts, findMethodInfo, initialParams } from './method-params';
import type { SliceCreator } from './store';

export interface CompanionRun {
  method: string;
  /** The method's parameters the lesson set, as the URL writes them. */
  texts: Readonly<Record<string, string>>;
  dataset: Dataset;
  seed: number;
  k: number;
  /** The feature scaling its neighbours were searched under, as the main run's. */
  scaling: ScalingKind;
  status: 'running' | 'done' | 'error';
  result: ResampleSummary | null;
  error: string | null;
}

export interface CompanionSlice {
  companion: CompanionRun | null;
  /**
   * Runs `method` on the dataset on screen with its seed and k; the main method's changed parameters
   * that the companion shares (sampling_strategy) are carried over, then `texts` on top.
   */
  runCompanion(method: string, texts?: Readonly<Record<string, string>>): Promise<void>;
  clearCompanion(): void;
}

export const createCompanionSlice: SliceCreator<CompanionSlice> = (deps) => (set, get) => {
  let worker = deps.companionWorker;
  let latest = 0;
  return {
    companion: null,

    async runCompanion(method, texts = {}) {
      const { dataset, seed, k, methods, scaling } = get();
      const info = findMethodInfo(methods, method);
      if (!dataset || !info) return;
      const ticket = ++latest;
      worker ??= createWorkerClient();
      if (get().companion?.status === 'running') worker.cancel();
      const main = findMethodInfo(methods, get().method);
      const shared = main ? carriedParamTexts(main, get().params, k) : {};
      const carried = Object.fromEntries(
        Object.entries(shared).filter(([name]) => info.params.some((p) => p.name === name)),
      );
      const params = initialParams(info, k, { ...carried, ...texts });
      const run = { method: info.name, texts, dataset, seed, k, scaling };
      set({ companion: { ...run, status: 'running', result: null, error: null } });
      try {
        const out = await worker.resample({ dataset, method: info.name, params, seed, scaling });
        if (ticket !== latest) return;
        set({
          companion: out.ok
            ? { ...run, status: 'done', result: out.value, error: null }
            : { ...run, status: 'error', result: null, error: out.error.message },
        });
      } catch (error) {
        if (error instanceof JobCancelled || ticket !== latest) return;
        set({ companion: { ...run, status: 'error', result: null, error: String(error) } });
      }
    },

    clearCompanion() {
      latest++;
      worker?.cancel();
      set({ companion: null });
    },
  };
};
