import { bruteForceIndex } from './brute';
import { kdTreeIndex } from './kdtree';
import type { NeighborIndex, NeighborTable } from './types';

export type { NeighborIndex, NeighborTable } from './types';

/**
 * Splits a large batch of queries across threads. The Node command installs one; the browser and
 * plain library use run on one thread. Answers are exact either way, so output never changes.
 */
export interface ParallelNeighborSearch {
  /** Fills the outputs for every query row, or returns false to let the caller search alone. */
  run(
    index: NeighborIndex,
    X: Float64Array,
    d: number,
    queryRows: ArrayLike<number>,
    k: number,
    outIndices: Int32Array,
    outDistances: Float64Array,
  ): boolean;
}

let parallel: ParallelNeighborSearch | null = null;
// Below this many queries, handing work to another thread costs more than it saves.
const PARALLEL_MIN_QUERIES = 2048;

export function setParallelNeighborSearch(search: ParallelNeighborSearch | null): void {
  parallel = search;
}

/** All rows 0..n-1. */
export function allRows(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

/** The exact index the samplers use: a kd-tree, or brute force where a tree cannot help. */
export function buildNeighborIndex(X: Float64Array, d: number, rows: Int32Array): NeighborIndex {
  return rows.length <= 32 || d === 0 ? bruteForceIndex(X, d, rows) : kdTreeIndex(X, d, rows);
}

/**
 * The k nearest indexed rows of each row in `queryRows` (rows of the same X), never the row itself.
 * Ties are broken by (distance, row index).
 */
export function findNeighbors(
  index: NeighborIndex,
  X: Float64Array,
  d: number,
  queryRows: ArrayLike<number>,
  k: number,
): NeighborTable {
  const q = queryRows.length;
  const indices = new Int32Array(q * k);
  const distances = new Float64Array(q * k);
  if (parallel && q >= PARALLEL_MIN_QUERIES && k > 0) {
    if (parallel.run(index, X, d, queryRows, k, indices, distances))
      return { k, indices, distances };
  }
  queryRange(index, X, d, queryRows, k, 0, q, indices, distances);
  return { k, indices, distances };
}

/** Answers queries [from, to) of `queryRows` into the outputs (row r at offset r·k). */
export function queryRange(
  index: NeighborIndex,
  X: Float64Array,
  d: number,
  queryRows: ArrayLike<number>,
  k: number,
  from: number,
  to: number,
  indices: Int32Array,
  distances: Float64Array,
): void {
  for (let r = from; r < to; r++) {
    const row = queryRows[r];
    index.query(X.subarray(row * d, row * d + d), k, row, indices, distances, r * k);
  }
}

/** The k nearest indexed rows of arbitrary points (row-major, d columns); nothing excluded. */
export function findNeighborsOfPoints(
  index: NeighborIndex,
  points: Float64Array,
  d: number,
  k: number,
): NeighborTable {
  const q = d === 0 ? 0 : points.length / d;
  const indices = new Int32Array(q * k);
  const distances = new Float64Array(q * k);
  for (let r = 0; r < q; r++) {
    index.query(points.subarray(r * d, r * d + d), k, -1, indices, distances, r * k);
  }
  return { k, indices, distances };
}
