// Exact k-NN on several cores for the Node command: the main thread answers one slice of a large
// batch of queries while worker threads, each with its own kd-tree over the same rows (shared
// memory), answer the others. The answers are the same as on one thread, byte for byte.
import type { Worker } from 'node:worker_threads';
import {
  buildNeighborIndex,
  type ParallelNeighborSearch,
  queryRange,
} from '../core/neighbors/find-neighbors';

export interface SliceRequest {
  kind: 'neighbors';
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

/** Runs in a helper thread: answers one slice and raises its flag. */
export function answerNeighborSlice(req: SliceRequest): void {
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
}

/** The main thread's side, over the command's helper threads. */
export function neighborSearchOn(workers: Worker[]): ParallelNeighborSearch {
  return {
    run(index, X, d, queryRows, k, outIndices, outDistances) {
      const q = queryRows.length;
      const parts = workers.length + 1;
      const compact = compactRows(X, d, index.rows, queryRows);
      const indices = new Int32Array(new SharedArrayBuffer(q * k * 4));
      const distances = new Float64Array(new SharedArrayBuffer(q * k * 8));
      const flags = new Int32Array(new SharedArrayBuffer(workers.length * 4));
      const bounds = (p: number) => Math.round((q * p) / parts);
      workers.forEach((worker, w) => {
        const req: SliceRequest = {
          kind: 'neighbors',
          X: compact.X,
          d,
          fitRows: compact.fitRows,
          queryRows: compact.queryRows,
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
        const from = bounds(w + 1) * k;
        const to = bounds(w + 2) * k;
        if (Atomics.load(flags, w) === DONE) {
          for (let j = from; j < to; j++) indices[j] = compact.rows[indices[j]];
        } else {
          // A slice a thread could not answer is answered here, so a result is never lost.
          queryRange(index, X, d, queryRows, k, bounds(w + 1), bounds(w + 2), indices, distances);
        }
      });
      outIndices.set(indices);
      outDistances.set(distances);
      return true;
    },
  };
}

/**
 * Only the rows a search touches go to the threads, renumbered in ascending order: a compact
 * number sorts like the row it stands for, so ties still break by row index.
 */
function compactRows(X: Float64Array, d: number, fit: Int32Array, queries: ArrayLike<number>) {
  const n = X.length / d;
  const position = new Int32Array(n).fill(-1);
  for (const r of fit) position[r] = 0;
  for (let i = 0; i < queries.length; i++) position[queries[i]] = 0;
  let m = 0;
  for (let r = 0; r < n; r++) if (position[r] === 0) position[r] = m++;
  const rows = new Int32Array(m);
  const compactX = new Float64Array(new SharedArrayBuffer(m * d * 8));
  for (let r = 0; r < n; r++) {
    if (position[r] < 0) continue;
    rows[position[r]] = r;
    compactX.set(X.subarray(r * d, r * d + d), position[r] * d);
  }
  const renumber = (list: ArrayLike<number>) => {
    const out = new Int32Array(new SharedArrayBuffer(list.length * 4));
    for (let i = 0; i < list.length; i++) out[i] = position[list[i]];
    return out;
  };
  return { X: compactX, rows, fitRows: renumber(fit), queryRows: renumber(queries) };
}
