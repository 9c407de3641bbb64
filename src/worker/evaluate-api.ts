// The evaluation's adapters in the worker: the leak-free comparison of variants together with the
// leaky one (resampled before the split) for the leakage lesson, and the decision-boundary grid.
// Pooled scores and the grid travel back transferred.
import * as Comlink from 'comlink';
import type { Dataset } from '../core/data/dataset';
import {
  type DecisionGrid,
  type DecisionGridRequest,
  decisionGrid,
} from '../core/evaluation/decision-grid';
import { evaluateLeakyResampling } from '../core/evaluation/leaky-evaluation';
import {
  type EvaluationOptions,
  type EvaluationReport,
  evaluateResampling,
} from '../core/evaluation/protocol';
import type { ClassifierName } from '../core/learn/classifier';
import { fail, type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import { findMethod } from '../core/sampling/registry';

export interface EvaluationRequest {
  dataset: Dataset;
  classifier: ClassifierName;
  /** 'none', 'class_weight' and registry names, in the order the table shows them. */
  methods: string[];
  folds: number;
  repeats: number;
  seed: number;
}

export interface EvaluationRun {
  honest: EvaluationReport;
  /** The registry samplers of the request evaluated after resampling the whole data; null without any. */
  leaky: EvaluationReport | null;
}

export interface BoundaryRequest extends DecisionGridRequest {
  dataset: Dataset;
}

/** Both runs start from the same seed; they differ in when resampling happens, before or inside each fold. */
export function evaluateVariants(
  request: EvaluationRequest,
  onProgress?: (fraction: number) => void,
): Outcome<EvaluationRun> {
  const { dataset, classifier, methods, folds, repeats, seed } = request;
  const samplers = methods.filter((m) => findMethod(m) !== undefined);
  const units = methods.length + samplers.length;
  const options = (list: string[]): EvaluationOptions => ({
    methods: list,
    classifier,
    folds,
    repeats,
  });
  const share = (offset: number, size: number) =>
    onProgress ? { onProgress: (f: number) => onProgress((offset + f * size) / units) } : {};
  const honest = evaluateResampling(dataset, options(methods), {
    random: createRandom(seed),
    ...share(0, methods.length),
  });
  if (!honest.ok) return honest;
  if (samplers.length === 0) return ok({ honest: honest.value, leaky: null });
  const leaky = evaluateLeakyResampling(dataset, options(samplers), {
    random: createRandom(seed),
    ...share(methods.length, samplers.length),
  });
  if (!leaky.ok) {
    const { message, ...where } = leaky.error;
    return fail(`resampling before the split: ${message}`, where);
  }
  return ok({ honest: honest.value, leaky: leaky.value });
}

function pooledBuffers(report: EvaluationReport | null): ArrayBuffer[] {
  if (!report) return [];
  return report.results.flatMap((r) => [
    r.pooled.truth.buffer as ArrayBuffer,
    r.pooled.scores.buffer as ArrayBuffer,
  ]);
}

export const evaluateApi = {
  evaluateVariants(
    request: EvaluationRequest,
    onProgress?: (fraction: number) => void,
  ): Outcome<EvaluationRun> {
    const run = evaluateVariants(request, onProgress);
    if (!run.ok) return run;
    const buffers = [...pooledBuffers(run.value.honest), ...pooledBuffers(run.value.leaky)];
    return Comlink.transfer(run, buffers);
  },

  decisionBoundary(request: BoundaryRequest): Outcome<DecisionGrid> {
    const { dataset, ...grid } = request;
    const out = decisionGrid(dataset, grid);
    return out.ok ? Comlink.transfer(out, [out.value.probability.buffer as ArrayBuffer]) : out;
  },
};
