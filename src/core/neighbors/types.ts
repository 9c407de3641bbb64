/** k neighbours per query, sorted by (distance, row index); distances are Euclidean. */
export interface NeighborTable {
  k: number;
  /** Row indices, query-major: neighbour j of query q is indices[q * k + j]. */
  indices: Int32Array;
  distances: Float64Array;
}

/** An exact nearest-neighbour index over a set of rows of a row-major matrix. */
export interface NeighborIndex {
  /** Number of rows indexed. */
  readonly size: number;
  /** The rows indexed. */
  readonly rows: Int32Array;
  /**
   * Writes the k nearest indexed rows to `point` into the outputs at `offset`, sorted by
   * (distance, row index). The row `exclude` (or none, with -1) is never returned.
   */
  query(
    point: ArrayLike<number>,
    k: number,
    exclude: number,
    outIndices: Int32Array,
    outDistances: Float64Array,
    offset: number,
  ): void;
}

/**
 * Squared Euclidean distance between row `i` of X and `point`. Even and odd features are summed
 * apart (two independent chains run faster) and then added. The kd-tree and the oracle both call
 * this, so their distances are bit-identical and ties break the same way.
 */
export function squaredDistance(
  X: Float64Array,
  d: number,
  i: number,
  point: ArrayLike<number>,
): number {
  let even = 0;
  let odd = 0;
  const base = i * d;
  let j = 0;
  for (; j + 1 < d; j += 2) {
    const a = point[j] - X[base + j];
    const b = point[j + 1] - X[base + j + 1];
    even += a * a;
    odd += b * b;
  }
  if (j < d) {
    const a = point[j] - X[base + j];
    even += a * a;
  }
  return even + odd;
}
