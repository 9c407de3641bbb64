// Exact k-NN with a kd-tree: split on the widest dimension at the median, and prune with the
// incremental cell distance of Arya and Mount. Ties are broken by (distance, row index), so the
// answer equals the brute-force oracle's to the last index.
import { type NeighborIndex, squaredDistance } from './types';

const LEAF_SIZE = 16;

export function kdTreeIndex(X: Float64Array, d: number, rows: Int32Array): NeighborIndex {
  const n = rows.length;
  const perm = Int32Array.from(rows);
  const maxNodes = 2 * Math.ceil(n / (LEAF_SIZE / 2)) + 2;
  const start = new Int32Array(maxNodes);
  const end = new Int32Array(maxNodes);
  const dim = new Int32Array(maxNodes);
  const split = new Float64Array(maxNodes);
  const left = new Int32Array(maxNodes);
  const right = new Int32Array(maxNodes);
  let nodeCount = 0;

  const coord = (id: number, j: number) => X[id * d + j];

  function select(lo: number, hi: number, kth: number, j: number): void {
    // Quickselect on perm[lo, hi) so that perm[kth] holds the median along dimension j.
    while (hi - lo > 1) {
      const pivot = coord(perm[(lo + hi) >> 1], j);
      let a = lo;
      let b = hi - 1;
      while (a <= b) {
        while (coord(perm[a], j) < pivot) a++;
        while (coord(perm[b], j) > pivot) b--;
        if (a <= b) {
          const t = perm[a];
          perm[a] = perm[b];
          perm[b] = t;
          a++;
          b--;
        }
      }
      if (kth <= b) hi = b + 1;
      else if (kth >= a) lo = a;
      else return;
    }
  }

  function build(lo: number, hi: number): number {
    const node = nodeCount++;
    start[node] = lo;
    end[node] = hi;
    dim[node] = -1;
    if (hi - lo <= LEAF_SIZE) return node;
    let best = -1;
    let bestSpread = 0;
    for (let j = 0; j < d; j++) {
      let min = Infinity;
      let max = -Infinity;
      for (let p = lo; p < hi; p++) {
        const v = coord(perm[p], j);
        if (v < min) min = v;
        if (v > max) max = v;
      }
      if (max - min > bestSpread) {
        bestSpread = max - min;
        best = j;
      }
    }
    if (best < 0) return node; // all points identical: one leaf
    const mid = (lo + hi) >> 1;
    select(lo, hi, mid, best);
    dim[node] = best;
    split[node] = coord(perm[mid], best);
    left[node] = build(lo, mid);
    right[node] = build(mid, hi);
    return node;
  }
  if (n > 0) build(0, n);

  // Coordinates copied in tree order so that a leaf scan reads contiguous memory.
  const pts = new Float64Array(n * d);
  for (let p = 0; p < n; p++) pts.set(X.subarray(perm[p] * d, perm[p] * d + d), p * d);

  let members: Uint8Array | null = null;
  const isMember = (row: number): boolean => {
    if (!members) {
      members = new Uint8Array(X.length / Math.max(d, 1) + 1);
      for (const r of rows) members[r] = 1;
    }
    return members[row] === 1;
  };

  const off = new Float64Array(d);
  let heapD = new Float64Array(16);
  let heapI = new Int32Array(16);
  let count = 0;
  let k = 0;
  let exclude = -1;
  const q = new Float64Array(d);

  function worse(d1: number, i1: number, d2: number, i2: number): boolean {
    return d1 > d2 || (d1 === d2 && i1 > i2);
  }

  function offer(d2: number, id: number): void {
    if (count < k) {
      let c = count++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!worse(d2, id, heapD[parent], heapI[parent])) break;
        heapD[c] = heapD[parent];
        heapI[c] = heapI[parent];
        c = parent;
      }
      heapD[c] = d2;
      heapI[c] = id;
      return;
    }
    if (worse(heapD[0], heapI[0], d2, id)) siftDown(d2, id, k);
  }

  function search(node: number, rd: number): void {
    const j = dim[node];
    if (j < 0) {
      const last = end[node];
      let bound = count < k ? Infinity : heapD[0];
      for (let p = start[node]; p < last; p++) {
        // The oracle's own distance, so ties break identically.
        const s = squaredDistance(pts, d, p, q);
        if (!(s <= bound)) continue;
        const id = perm[p];
        if (id === exclude) continue;
        offer(s, id);
        bound = count < k ? Infinity : heapD[0];
      }
      return;
    }
    const diff = q[j] - split[node];
    const near = diff < 0 ? left[node] : right[node];
    const far = diff < 0 ? right[node] : left[node];
    search(near, rd);
    const old = off[j];
    const rdFar = rd - old * old + diff * diff;
    if (count < k || rdFar <= heapD[0]) {
      off[j] = diff;
      search(far, rdFar);
      off[j] = old;
    }
  }

  return {
    size: n,
    rows,
    query(point, kk, excludeRow, outIndices, outDistances, offset) {
      const available = n - (excludeRow >= 0 && isMember(excludeRow) ? 1 : 0);
      if (kk > available) throw new Error(`asked for ${kk} neighbours of ${available} candidates`);
      if (kk > heapD.length) {
        heapD = new Float64Array(kk);
        heapI = new Int32Array(kk);
      }
      k = kk;
      count = 0;
      exclude = excludeRow;
      for (let j = 0; j < d; j++) q[j] = point[j];
      off.fill(0);
      if (n > 0 && kk > 0) search(0, 0);
      // Pop the max-heap from the back so the output is ascending by (distance, index).
      for (let slot = kk - 1; slot >= 0; slot--) {
        outIndices[offset + slot] = heapI[0];
        outDistances[offset + slot] = Math.sqrt(heapD[0]);
        count--;
        if (count > 0) siftDown(heapD[count], heapI[count], count);
      }
    },
  };

  /** Puts (d2, id) at the root of a heap of `size` entries and sifts it down. */
  function siftDown(d2: number, id: number, size: number): void {
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= size) break;
      const r = l + 1;
      const m = r < size && worse(heapD[r], heapI[r], heapD[l], heapI[l]) ? r : l;
      if (!worse(heapD[m], heapI[m], d2, id)) break;
      heapD[c] = heapD[m];
      heapI[c] = heapI[m];
      c = m;
    }
    heapD[c] = d2;
    heapI[c] = id;
  }
}
