// Neighbours are found in every feature, the plot shows two numbers per row: a true neighbour can
// look farther from the anchor than a row that is not one. This finds where that happens clearly.

export interface ViewMismatch {
  /** The neighbour's row and its 0-based rank among the k nearest (in all features). */
  row: number;
  rank: number;
  /** The non-neighbour that looks nearest to the anchor among those that look nearer than `row`. */
  looksNearer: number;
  /** How many non-neighbours look nearer than `row`. */
  count: number;
}

// "Clearly": the other row must look at least this much nearer, so near-ties are not reported.
const MARGIN = 0.9;

/**
 * For each neighbour (in rank order), the candidate rows that are not neighbours (nor the anchor)
 * but sit nearer the anchor in the 2-D coordinates (xs, ys) than MARGIN times the neighbour's own
 * 2-D distance. Neighbours with none are left out.
 */
export function viewMismatches(
  anchor: number,
  neighbors: ArrayLike<number>,
  candidates: ArrayLike<number>,
  xs: Float64Array,
  ys: Float64Array,
): ViewMismatch[] {
  const near = new Set<number>(Array.from(neighbors));
  const seen = (row: number) => Math.hypot(xs[row] - xs[anchor], ys[row] - ys[anchor]);
  // Only rows that look nearer than some neighbour matter: a large class is filtered before sorting.
  const reach = MARGIN * Math.max(0, ...Array.from(neighbors, seen));
  const others: { row: number; distance: number }[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const row = candidates[c];
    if (row === anchor || near.has(row)) continue;
    const distance = seen(row);
    if (distance < reach) others.push({ row, distance });
  }
  others.sort((a, b) => a.distance - b.distance || a.row - b.row);
  const out: ViewMismatch[] = [];
  for (let rank = 0; rank < neighbors.length; rank++) {
    const row = neighbors[rank];
    const limit = MARGIN * seen(row);
    const nearer = others.filter((o) => o.distance < limit);
    if (nearer.length > 0)
      out.push({ row, rank, looksNearer: nearer[0].row, count: nearer.length });
  }
  return out;
}
