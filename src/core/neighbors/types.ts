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

/** Squared Euclidean distance between row `i` of X and `point`, summed in feature order. */
export function squaredDistance(
  X: Float64Array,
  d: number,
  i: number,
  point: ArrayLike<number>,
): number {
  let s = 0;
  const base = i * d;
  for (let j = 0; j < d; j++) {
    const t = point[j] - X[base + j];
    s += t * t;
  }
  return s;
}
