// The Node command's helper threads, started once per process: they answer slices of large
// neighbour searches and share the filling of long SVM kernel columns. The same script runs as the
// threads, which call serveHelperThread.
import { parentPort, Worker } from 'node:worker_threads';
import { setParallelKernelColumns } from '../core/learn/parallel-kernel';
import { setParallelNeighborSearch } from '../core/neighbors/find-neighbors';
import { type KernelProblemMessage, kernelColumnsOn, serveKernelProblem } from './kernel-threads';
import { answerNeighborSlice, neighborSearchOn, type SliceRequest } from './neighbor-threads';

/** Starts `threads` helper threads running `script` and installs them in the core's hooks. */
export function startHelperThreads(script: string | URL, threads: number): void {
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(script, { workerData: { role: 'helper' } });
    worker.unref(); // idle threads never keep the command alive
    return worker;
  });
  setParallelNeighborSearch(neighborSearchOn(workers));
  setParallelKernelColumns(kernelColumnsOn(workers));
}

/** Runs in a helper thread: serves requests until the process ends. */
export function serveHelperThread(): void {
  parentPort?.on('message', (message: SliceRequest | KernelProblemMessage) => {
    if (message.kind === 'neighbors') answerNeighborSlice(message);
    else serveKernelProblem(message);
  });
}
