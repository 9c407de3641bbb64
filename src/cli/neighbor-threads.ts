// Exact k-NN on several cores for the Node command: the main thread and the helper threads, each
// with its own kd-tree over the same rows (shared memory), claim chunks of a large batch of queries
// until none is left. The answers are the same as on one thread, byte for byte.
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
  /** Queries per chunk; chunk c is queries [c · chunk, (c + 1) · chunk). */
  chunk: number;
  indices: Int32Array;
  distances: Float64Array;
  /** next[0]: the next chunk to claim. */
  next: Int32Array;
  /** One state per chunk: FREE, then MAIN, or HELPER until it is WRITTEN (or FAILED). */
  states: Int32Array;
}

const FREE = 0;
const MAIN = 1;
const HELPER = 2;
const WRITTEN = 3;
const FAILED = 4;

function chunkCount(req: { queryRows: ArrayLike<number>; chunk: number }): number {
  return Math.ceil(req.queryRows.length / req.chunk);
}

/** The next chunk no thread has claimed, marked as `who`'s, or −1. */
function claim(req: SliceRequest, who: number): number {
  const c = Atomics.add(req.next, 0, 1);
  if (c >= chunkCount(req)) return -1;
  Atomics.store(req.states, c, who);
  Atomics.notify(req.states, c);
  return c;
}

/** Runs in a helper thread: answers chunks of the batch until none is left. */
export function answerNeighborSlice(req: SliceRequest): void {
  // The main thread may have answered everything before this message arrived.
  if (Atomics.load(req.next, 0) >= chunkCount(req)) return;
  let c = -1;
  try {
    const index = buildNeighborIndex(req.X, req.d, req.fitRows);
    const q = req.queryRows.length;
    for (c = claim(req, HELPER); c >= 0; c = claim(req, HELPER)) {
      const to = Math.min(q, (c + 1) * req.chunk);
      queryRange(
        index,
        req.X,
        req.d,
        req.queryRows,
        req.k,
        c * req.chunk,
        to,
        req.indices,
        req.distances,
      );
      Atomics.store(req.states, c, WRITTEN);
      Atomics.notify(req.states, c);
    }
  } catch {
    if (c >= 0) {
      Atomics.store(req.states, c, FAILED);
      Atomics.notify(req.states, c);
    }
  }
}

/**
 * The main thread's side, over the command's helper threads: every thread claims chunks of
 * queries as it gets free, so a helper that starts late or runs slowly only answers fewer.
 */
export function neighborSearchOn(workers: Worker[]): ParallelNeighborSearch {
  return {
    run(index, X, d, queryRows, k, outIndices, outDistances) {
      const q = queryRows.length;
      const compact = compactRows(X, d, index.rows, queryRows);
      const chunk = Math.max(32, Math.min(1024, Math.ceil(q / 64)));
      const req: SliceRequest = {
        kind: 'neighbors',
        X: compact.X,
        d,
        fitRows: compact.fitRows,
        queryRows: compact.queryRows,
        k,
        chunk,
        indices: new Int32Array(new SharedArrayBuffer(q * k * 4)),
        distances: new Float64Array(new SharedArrayBuffer(q * k * 8)),
        next: new Int32Array(new SharedArrayBuffer(4)),
        states: new Int32Array(new SharedArrayBuffer(Math.ceil(q / chunk) * 4)),
      };
      for (const worker of workers) worker.postMessage(req);
      const answer = (c: number) =>
        queryRange(
          index,
          X,
          d,
          queryRows,
          k,
          c * chunk,
          Math.min(q, (c + 1) * chunk),
          outIndices,
          outDistances,
        );
      for (let c = claim(req, MAIN); c >= 0; c = claim(req, MAIN)) answer(c);
      for (let c = 0; c < chunkCount(req); c++) {
        // A chunk is marked a moment after its claim: wait for the mark, then for the answer.
        while (Atomics.load(req.states, c) === FREE) Atomics.wait(req.states, c, FREE, 1);
        Atomics.wait(req.states, c, HELPER);
        const state = Atomics.load(req.states, c);
        if (state === WRITTEN) {
          for (let j = c * chunk * k; j < Math.min(q, (c + 1) * chunk) * k; j++) {
            outIndices[j] = compact.rows[req.indices[j]];
            outDistances[j] = req.distances[j];
          }
        } else if (state === FAILED) {
          answer(c); // a chunk a thread could not answer is answered here, so none is lost
        }
      }
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
