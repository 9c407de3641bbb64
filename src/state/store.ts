// One zustand store built from slices: dataset, method and parameters, result, view, evaluation,
// decision boundary, exports, stepper, variant comparison.
// decision boundary, exports, stepper, display.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { WorkerClient } from '../worker/client';
import type { EvaluationClient } from '../worker/evaluation-client';
import { type BoundarySlice, createBoundarySlice } from './boundary-slice';
import { type CompanionSlice, createCompanionSlice } from './companion-slice';
import { type CompareSlice, createCompareSlice } from './compare-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createDisplaySlice, type DisplaySlice } from './display-slice';
import { createEvaluationSlice, type EvaluationSlice } from './evaluation-slice';
import { createExportSlice, type ExportSlice } from './export-slice';
import { createLessonSlice, type LessonSlice } from './lesson-slice';
import { createMethodSlice, type MethodSlice } from './method-slice';
import { createProjectionSlice, type ProjectionSlice } from './projection-slice';
import { createResultSlice, type ResultSlice } from './result-slice';
import { createStepperSlice, type StepperSlice } from './stepper-slice';
import { createUploadSlice, type UploadSlice } from './upload-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = DatasetSlice &
  MethodSlice &
  ResultSlice &
  ViewSlice &
  EvaluationSlice &
  BoundarySlice &
  ExportSlice &
  StepperSlice &
  UploadSlice &
  ProjectionSlice &
  CompareSlice &
  LessonSlice &
  CompanionSlice &
  DisplaySlice;

export interface StoreDeps {
  worker: WorkerClient;
  /** The worker that reads CSV files and keeps the last parsed one; `worker` when absent. */
  data?: WorkerClient;
  /** The page's base URL; datasets are fetched relative to it. */
  base: string;
  /** The worker for a lesson's second method; made when first needed if not given. */
  companionWorker?: WorkerClient;
  /** Opens the evaluation and decision-boundary worker; a fresh comlink worker when absent. */
  connectEvaluation?: () => EvaluationClient;
}

export type SliceCreator<T> = (deps: StoreDeps) => StateCreator<AppState, [], [], T>;

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDatasetSlice(deps)(...a),
    ...createMethodSlice(deps)(...a),
    ...createResultSlice(deps)(...a),
    ...createViewSlice(deps)(...a),
    ...createEvaluationSlice(deps)(...a),
    ...createBoundarySlice(deps)(...a),
    ...createExportSlice(deps)(...a),
    ...createStepperSlice(deps)(...a),
    ...createUploadSlice(deps)(...a),
    ...createProjectionSlice(deps)(...a),
    ...createCompareSlice(deps)(...a),
    ...createLessonSlice(deps)(...a),
    ...createCompanionSlice(deps)(...a),
    ...createDisplaySlice(deps)(...a),
  }));
}
