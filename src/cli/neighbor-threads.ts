// Exact k-NN on several cores for the Node command: the main thread answers one slice of a large
// batch of queries while worker threads, each with its own kd-tree over the same rows (shared
// memory), answer the others. The answers are the same as on one thread, byte for byte.
import { parentPort, Worker } from 'node:worker_threads';
import {
  buildNeighborIndex,
  type ParallelNeighborSearch,
  queryRange,
} from '../core/neighbors/find-neighbors';

interface SliceRequest {
  X: Float64Array;
  d: number;
  fitRows: Int32Array;
  queryRows: Int32Array;
  k: number;
  from: number;
  to: number;
  indices: Int32Array;
  distances: Float64Array;
  /** One flag per worker: 0 pending, 1 done, 2 failed. */
  flags: Int32Array;
  slot: number;
}

const PENDING = 0;
const DONE = 1;
const FAILED = 2;

function shared<T extends Float64Array | Int32Array>(
  source: ArrayLike<number>,
  make: new (b: SharedArrayBuffer) => T,
  bytes: number,
): T {
  const out = new make(new SharedArrayBuffer(source.length * bytes));
  out.set(source);
  return out;
}

/** Runs in a worker thread: answers slices until the process ends. */
export function serveNeighborSlices(): void {
  parentPort?.on('message', (req: SliceRequest) => {
    try {
      const index = buildNeighborIndex(req.X, req.d, req.fitRows);
      queryRange(
        index,
        req.X,
        req.d,
        req.queryRows,
        req.k,
        req.from,
        req.to,
        req.indices,
        req.distances,
      );
      Atomics.store(req.flags, req.slot, DONE);
    } catch {
      Atomics.store(req.flags, req.slot, FAILED);
    }
    Atomics.notify(req.flags, req.slot);
  });
}

/** Starts `threads` worker threads running `script` (which must call serveNeighborSlices). */
export function startNeighborThreads(
  script: string | URL,
  threads: number,
): ParallelNeighborSearch {
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(script, { workerData: { role: 'neighbors' } });
    worker.unref(); // idle threads never keep the command alive
    return worker;
  });
  return {
    run(index, X, d, queryRows, k, outIndices, outDistances) {
      const q = queryRows.length;
      const parts = workers.length + 1;
      const sharedX = shared(X, Float64Array, 8);
      const fitRows = shared(index.rows, Int32Array, 4);
      const rows = shared(queryRows, Int32Array, 4);
      const indices = new Int32Array(new SharedArrayBuffer(q * k * 4));
      const distances = new Float64Array(new SharedArrayBuffer(q * k * 8));
      const flags = new Int32Array(new SharedArrayBuffer(workers.length * 4));
      const bounds = (p: number) => Math.round((q * p) / parts);
      workers.forEach((worker, w) => {
        const req: SliceRequest = {
          X: sharedX,
          d,
          fitRows,
          queryRows: rows,
          k,
          from: bounds(w + 1),
          to: bounds(w + 2),
          indices,
          distances,
          flags,
          slot: w,
        };
        worker.postMessage(req);
      });
      queryRange(index, X, d, queryRows, k, 0, bounds(1), indices, distances);
      workers.forEach((_, w) => {
        Atomics.wait(flags, w, PENDING);
        // A slice a thread could not answer is answered here, so a result is never lost.
        if (Atomics.load(flags, w) === FAILED) {
          queryRange(index, X, d, queryRows, k, bounds(w + 1), bounds(w + 2), indices, distances);
        }
      });
      outIndices.set(indices);
      outDistances.set(distances);
      return true;
    },
  };
}
