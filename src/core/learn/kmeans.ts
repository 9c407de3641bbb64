// k-means: k-means++ seeding, then Lloyd iterations that skip most distance computations with
// Hamerly's (2010) bounds; the labels are those of a plain Lloyd scan. scikit-learn's KMeansSMOTE
// default is MiniBatchKMeans; full Lloyd passes are cheap with the bounds and cluster more sharply.
import type { Random } from '../random';
import { kmeansPlusPlus, squaredTo } from './kmeans-plus-plus';

export interface KMeansOptions {
  /** Number of clusters (scikit-learn's default 8). */
  nClusters?: number;
  maxIter?: number;
  /** Stop when the summed squared centre shift falls below tol × the mean feature variance. */
  tol?: number;
  /** Record the inertia after every assignment (one more pass over the rows each time). */
  trackInertia?: boolean;
}

export interface KMeansResult {
  /** Cluster per row: the nearest centre, ties to the lower cluster id. */
  labels: Int32Array;
  /** Centres, row-major, nClusters × d. */
  centers: Float64Array;
  /** Sum of squared distances of the rows to their centres. */
  inertia: number;
  /** With trackInertia, the inertia after each assignment step (it never increases); else empty. */
  inertiaHistory: number[];
  /** The rows k-means++ chose as starting centres. */
  seeds: Int32Array;
  iterations: number;
}

// Bounds are compared with this relative slack so that rounding never skips a closer centre.
const SLACK = 1e-9;

/** Per-row bounds: upper ≥ distance to the own centre, lower ≤ distance to every other centre. */
class Bounds {
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  constructor(n: number) {
    this.upper = new Float64Array(n);
    this.lower = new Float64Array(n);
  }
}

/** Scans every centre for row i: the nearest (ties to the lower id) and the runner-up distance. */
function scan(
  X: Float64Array,
  d: number,
  C: Float64Array,
  k: number,
  i: number,
  b: Bounds,
): number {
  let best = 0;
  let bestD = squaredTo(X, d, i, C, 0);
  let second = Infinity;
  for (let c = 1; c < k; c++) {
    const v = squaredTo(X, d, i, C, c);
    if (v < bestD) {
      second = bestD;
      bestD = v;
      best = c;
    } else if (v < second) second = v;
  }
  b.upper[i] = Math.sqrt(bestD);
  b.lower[i] = Math.sqrt(second);
  return best;
}

/** Half the distance from each centre to its nearest other centre. */
function halfGaps(C: Float64Array, d: number, k: number): Float64Array {
  const s = new Float64Array(k).fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let c = a + 1; c < k; c++) {
      const g = Math.sqrt(squaredTo(C, d, a, C, c)) / 2;
      if (g < s[a]) s[a] = g;
      if (g < s[c]) s[c] = g;
    }
  }
  return s;
}

/** Reassigns the rows whose bounds cannot rule out a closer centre; returns how many moved. */
function assign(
  X: Float64Array,
  d: number,
  C: Float64Array,
  k: number,
  labels: Int32Array,
  b: Bounds,
  sums: ClusterSums,
): number {
  const s = halfGaps(C, d, k);
  let moved = 0;
  for (let i = 0; i < labels.length; i++) {
    const own = labels[i];
    const m = Math.max(s[own], b.lower[i]);
    if (b.upper[i] * (1 + SLACK) < m) continue;
    b.upper[i] = Math.sqrt(squaredTo(X, d, i, C, own));
    if (b.upper[i] * (1 + SLACK) < m) continue;
    const next = scan(X, d, C, k, i, b);
    if (next !== own) {
      sums.move(X, i, own, next);
      labels[i] = next;
      moved++;
    }
  }
  return moved;
}

/** Exact squared distance of every row to its centre; returns their sum. */
function inertiaOf(
  X: Float64Array,
  d: number,
  C: Float64Array,
  labels: Int32Array,
  dist: Float64Array,
): number {
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    dist[i] = squaredTo(X, d, i, C, labels[i]);
    total += dist[i];
  }
  return total;
}

/** Per-cluster sums and counts, kept up to date as rows change cluster. */
class ClusterSums {
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  constructor(
    X: Float64Array,
    private readonly d: number,
    k: number,
    labels: Int32Array,
  ) {
    this.sums = new Float64Array(k * d);
    this.counts = new Int32Array(k);
    for (let i = 0; i < labels.length; i++) this.move(X, i, -1, labels[i]);
  }

  move(X: Float64Array, i: number, from: number, to: number): void {
    const { d, sums } = this;
    for (let t = 0; t < d; t++) {
      if (from >= 0) sums[from * d + t] -= X[i * d + t];
      sums[to * d + t] += X[i * d + t];
    }
    if (from >= 0) this.counts[from]--;
    this.counts[to]++;
  }
}

/** Moves each centre to the mean of its rows; an empty cluster takes the row farthest from its centre. */
function update(
  X: Float64Array,
  d: number,
  k: number,
  labels: Int32Array,
  sums: ClusterSums,
  C: Float64Array,
): void {
  let dist: Float64Array | null = null;
  const taken = new Uint8Array(labels.length);
  for (let c = 0; c < k; c++) {
    const count = sums.counts[c];
    if (count > 0) {
      for (let t = 0; t < d; t++) C[c * d + t] = sums.sums[c * d + t] / count;
      continue;
    }
    if (!dist) {
      dist = new Float64Array(labels.length);
      inertiaOf(X, d, C, labels, dist);
    }
    let far = -1;
    for (let i = 0; i < labels.length; i++)
      if (!taken[i] && (far < 0 || dist[i] > dist[far])) far = i;
    taken[far] = 1;
    C.set(X.subarray(far * d, far * d + d), c * d);
  }
}

/** Widens the bounds by how far the centres moved; returns the summed squared shift. */
function moveBounds(
  C: Float64Array,
  old: Float64Array,
  d: number,
  k: number,
  labels: Int32Array,
  b: Bounds,
): number {
  const shift = new Float64Array(k);
  let total = 0;
  let far = 0;
  for (let c = 0; c < k; c++) {
    const s2 = squaredTo(C, d, c, old, c);
    total += s2;
    shift[c] = Math.sqrt(s2);
    if (shift[c] > shift[far]) far = c;
  }
  let runnerUp = 0;
  for (let c = 0; c < k; c++) if (c !== far && shift[c] > runnerUp) runnerUp = shift[c];
  for (let i = 0; i < labels.length; i++) {
    b.upper[i] += shift[labels[i]];
    b.lower[i] -= labels[i] === far ? runnerUp : shift[far];
  }
  return total;
}

function meanVariance(X: Float64Array, d: number, n: number): number {
  let total = 0;
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += X[i * d + t];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (X[i * d + t] - mean) ** 2;
    total += v / n;
  }
  return d === 0 ? 0 : total / d;
}

/** Clusters the rows of X (row-major, d columns). Same Random state, same result. */
export function fitKMeans(
  X: Float64Array,
  d: number,
  random: Random,
  options: KMeansOptions = {},
): KMeansResult {
  const k = options.nClusters ?? 8;
  const maxIter = options.maxIter ?? 300;
  const n = d === 0 ? 0 : X.length / d;
  const seeds = kmeansPlusPlus(X, d, k, random);
  const centers = new Float64Array(k * d);
  for (let c = 0; c < k; c++) centers.set(X.subarray(seeds[c] * d, seeds[c] * d + d), c * d);
  const tol = (options.tol ?? 1e-4) * meanVariance(X, d, n);
  const labels = new Int32Array(n);
  const bounds = new Bounds(n);
  for (let i = 0; i < n; i++) labels[i] = scan(X, d, centers, k, i, bounds);
  const sums = new ClusterSums(X, d, k, labels);
  const dist = new Float64Array(n);
  const old = new Float64Array(k * d);
  const inertiaHistory: number[] = [];
  let iterations = 0;
  let moved = n;
  let centresSettled = false;
  for (;;) {
    // Every exit follows an assignment, so the labels always name the nearest final centre.
    if (options.trackInertia) inertiaHistory.push(inertiaOf(X, d, centers, labels, dist));
    if (centresSettled || iterations === maxIter || moved === 0) break;
    old.set(centers);
    update(X, d, k, labels, sums, centers);
    iterations++;
    centresSettled = moveBounds(centers, old, d, k, labels, bounds) <= tol;
    moved = assign(X, d, centers, k, labels, bounds, sums);
  }
  const inertia = inertiaOf(X, d, centers, labels, dist);
  return { labels, centers, inertia, inertiaHistory, seeds, iterations };
}
