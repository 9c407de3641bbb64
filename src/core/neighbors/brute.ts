// The brute-force oracle: every distance, one sort. Tests compare the kd-tree against it.
import { type NeighborIndex, squaredDistance } from './types';

export function bruteForceIndex(X: Float64Array, d: number, rows: Int32Array): NeighborIndex {
  return {
    size: rows.length,
    rows,
    query(point, k, exclude, outIndices, outDistances, offset) {
      const cand: { id: number; d2: number }[] = [];
      for (const id of rows) {
        if (id !== exclude) cand.push({ id, d2: squaredDistance(X, d, id, point) });
      }
      if (cand.length < k)
        throw new Error(`asked for ${k} neighbours of ${cand.length} candidates`);
      cand.sort((a, b) => a.d2 - b.d2 || a.id - b.id);
      for (let j = 0; j < k; j++) {
        outIndices[offset + j] = cand[j].id;
        outDistances[offset + j] = Math.sqrt(cand[j].d2);
      }
    },
  };
}
