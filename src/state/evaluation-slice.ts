// Evaluation slice: which classifier and variants to compare, the run in a worker of its own with
// progress and Cancel, and the threshold the page's confusion matrix is drawn at. A result belongs
// to the dataset it was computed on: opening another dataset cancels the run and clears it.

import type { StateCreator } from 'zustand/vanilla';
import { fittingVariants } from '../core/evaluation/variant-fit';
import type { ClassifierName } from '../core/learn/classifier';
import { JobCancelled } from '../worker/client';
import { createEvaluationClient, type EvaluationRun } from '../worker/evaluation-client';
import type { AppState, StoreDeps } from './store';

export interface EvaluationSettings {
  classifier: ClassifierName;
  /** 'none', 'class_weight' and registry method names, in the order the table shows them. */
  methods: string[];
  folds: number;
  repeats: number;
  seed: number;
}

export interface EvaluationResult {
  run: EvaluationRun;
  datasetName: string;
  settings: EvaluationSettings;
  ms: number;
}

export type EvaluationStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface EvaluationSlice {
  evalSettings: EvaluationSettings;
  evalStatus: EvaluationStatus;
  evalProgress: number;
  evalError: string | null;
  evaluation: EvaluationResult | null;
  /** Rows with a score above it count as minority in the confusion matrix. */
  evalThreshold: number;
  setEvalSettings(patch: Partial<EvaluationSettings>): void;
  runEvaluation(): Promise<void>;
  cancelEvaluation(): void;
  setEvalThreshold(threshold: number): void;
}

export const DEFAULT_EVAL_SETTINGS: EvaluationSettings = {
  classifier: 'logistic',
  methods: ['none', 'class_weight', 'SMOTE', 'RandomOverSampler'],
  folds: 5,
  repeats: 2,
  seed: 0,
};

export const createEvaluationSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], EvaluationSlice> =>
  (set, get, api) => {
    const jobs = (deps.connectEvaluation ?? createEvaluationClient)();
    let latest = 0;
    api.subscribe((state, previous) => {
      if (state.dataset === previous.dataset) return;
      latest++;
      jobs.cancel();
      set({ evaluation: null, evalStatus: 'idle', evalProgress: 0, evalError: null });
    });
    return {
      evalSettings: DEFAULT_EVAL_SETTINGS,
      evalStatus: 'idle',
      evalProgress: 0,
      evalError: null,
      evaluation: null,
      evalThreshold: 0.5,

      setEvalSettings(patch) {
        const next = { ...get().evalSettings, ...patch };
        // Neighbour votes take no class weights, so that variant goes when kNN is chosen.
        if (next.classifier === 'knn')
          next.methods = next.methods.filter((m) => m !== 'class_weight');
        set({ evalSettings: next });
      },

      async runEvaluation() {
        const { dataset, datasetName, evalStatus } = get();
        if (!dataset || !datasetName) return;
        // The settings as asked are kept with the result; the methods that fit the data are run.
        const evalSettings = get().evalSettings;
        const methods = fittingVariants(dataset, evalSettings.methods);
        if (methods.length === 0) {
          set({ evalStatus: 'error', evalError: 'Variants: tick at least one to compare.' });
          return;
        }
        const ticket = ++latest;
        if (evalStatus === 'running') jobs.cancel();
        set({ evalStatus: 'running', evalProgress: 0, evalError: null });
        const started = performance.now();
        const request = { dataset, ...evalSettings, methods };
        const onProgress = (fraction: number) => {
          if (ticket === latest) set({ evalProgress: fraction });
        };
        try {
          const out = await jobs.evaluateVariants(request, onProgress);
          if (ticket !== latest) return;
          if (!out.ok) {
            set({ evalStatus: 'error', evalError: out.error.message });
            return;
          }
          const ms = performance.now() - started;
          const evaluation = { run: out.value, datasetName, settings: evalSettings, ms };
          set({ evaluation, evalStatus: 'done', evalProgress: 1 });
        } catch (error) {
          if (error instanceof JobCancelled || ticket !== latest) return;
          set({ evalStatus: 'error', evalError: String(error) });
        }
      },

      cancelEvaluation() {
        if (get().evalStatus !== 'running') return;
        latest++;
        jobs.cancel();
        set({ evalStatus: 'cancelled', evalProgress: 0 });
      },

      setEvalThreshold(threshold) {
        set({ evalThreshold: threshold });
      },
    };
  };
