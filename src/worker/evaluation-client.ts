// The page's side of the evaluation calls. Each client owns a worker of its own, so a long
// evaluation neither waits behind nor cancels the resampling worker's calls. Cancelling terminates
// it and rejects what is running with JobCancelled; the next call starts a fresh worker.
import * as Comlink from 'comlink';
import type { DecisionGrid } from '../core/evaluation/decision-grid';
import type { Outcome } from '../core/outcome';
import type { WorkerApi } from './api';
import { JobCancelled } from './client';
import type { BoundaryRequest, EvaluationRequest, EvaluationRun } from './evaluate-api';

export type { BoundaryRequest, EvaluationRequest, EvaluationRun } from './evaluate-api';

export interface EvaluationClient {
  evaluateVariants(
    request: EvaluationRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<Outcome<EvaluationRun>>;
  decisionBoundary(request: BoundaryRequest): Promise<Outcome<DecisionGrid>>;
  cancel(): void;
}

export function createEvaluationClient(): EvaluationClient {
  let worker: Worker | null = null;
  let remote: Comlink.Remote<WorkerApi> | null = null;
  const running = new Set<(reason: JobCancelled) => void>();

  function run<T>(job: (calls: Comlink.Remote<WorkerApi>) => Promise<T>): Promise<T> {
    if (!worker || !remote) {
      worker = new Worker(new URL('./worker-entry.ts', import.meta.url), { type: 'module' });
      remote = Comlink.wrap<WorkerApi>(worker);
    }
    const calls = remote;
    return new Promise<T>((resolve, reject) => {
      running.add(reject);
      job(calls)
        .then(resolve, reject)
        .finally(() => running.delete(reject));
    });
  }

  return {
    evaluateVariants: (request, onProgress) =>
      run<Outcome<EvaluationRun>>((calls) =>
        calls.evaluateVariants(request, onProgress ? Comlink.proxy(onProgress) : undefined),
      ),
    decisionBoundary: (request) =>
      run<Outcome<DecisionGrid>>((calls) => calls.decisionBoundary(request)),
    cancel() {
      worker?.terminate();
      worker = null;
      remote = null;
      for (const reject of running) reject(new JobCancelled());
      running.clear();
    },
  };
}
