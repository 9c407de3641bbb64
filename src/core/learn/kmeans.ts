// k-means: greedy k-means++ seeding (Arthur and Vassilvitskii, 2007, with scikit-learn's
// 2 + ⌊ln k⌋ candidates per centre) followed by Lloyd iterations. scikit-learn's KMeansSMOTE default
// is MiniBatchKMeans; full Lloyd passes are cheap at these sizes and give the sharper clustering.
import type { Random } from '../random';

export interface KMeansOptions {
  /** Number of clusters (scikit-learn's default 8). */
  nClusters?: number;
  maxIter?: number;
  /** Stop when the summed squared centre shift falls below tol × the mean feature variance. */
  tol?: number;
}

export interface KMeansResult {
  /** Cluster per row: the nearest centre, ties to the lower cluster id. */
  labels: Int32Array;
  /** Centres, row-major, nClusters × d. */
  centers: Float64Array;
  /** Sum of squared distances of the rows to their centres. */
  inertia: number;
  /** Inertia after each assignment step; never increases. */
  inertiaHistory: number[];
  /** The rows k-means++ chose as starting centres. */
  seeds: Int32Array;
  iterations: number;
}

function squaredTo(X: Float64Array, d: number, i: number, C: Float64Array, c: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const diff = X[i * d + t] - C[c * d + t];
    s += diff * diff;
  }
  return s;
}

/** Starting centres as row indices. Rows at distance 0 from a chosen centre are never chosen while others remain. */
export function kmeansPlusPlus(X: Float64Array, d: number, k: number, random: Random): Int32Array {
  const n = d === 0 ? 0 : X.length / d;
  if (k < 1 || k > n) throw new Error(`k-means++ needs 1 ≤ k ≤ n; got k=${k}, n=${n}`);
  const seeds = new Int32Array(k);
  const trials = 2 + Math.floor(Math.log(k));
  const closest = new Float64Array(n);
  const cumulative = new Float64Array(n);
  const candidate = new Float64Array(n);
  const best = new Float64Array(n);
  seeds[0] = random.int(n);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = squaredTo(X, d, i, X, seeds[0]);
    potential += closest[i];
  }
  for (let c = 1; c < k; c++) {
    let acc = 0;
    for (let i = 0; i < n; i++) cumulative[i] = acc += closest[i];
    let bestPotential = Infinity;
    let bestRow = -1;
    for (let t = 0; t < trials; t++) {
      // Every remaining row coincides with a centre: any row will do.
      const row =
        potential > 0 ? sampleByWeight(cumulative, random.next() * potential) : random.int(n);
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.min(closest[i], squaredTo(X, d, i, X, row));
        candidate[i] = v;
        sum += v;
      }
      if (sum < bestPotential) {
        bestPotential = sum;
        bestRow = row;
        best.set(candidate);
      }
    }
    seeds[c] = bestRow;
    closest.set(best);
    potential = bestPotential;
  }
  return seeds;
}

/** First index whose cumulative weight exceeds r; rows of weight 0 are never picked. */
function sampleByWeight(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  // r can round up to the total; step back to the last row that carries weight.
  while (lo > 0 && cumulative[lo] === cumulative[lo - 1]) lo--;
  return lo;
}

/** Assigns every row to its nearest centre; returns the inertia. */
function assign(
  X: Float64Array,
  d: number,
  C: Float64Array,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
): number {
  let inertia = 0;
  for (let i = 0; i < labels.length; i++) {
    let bestC = 0;
    let bestD = squaredTo(X, d, i, C, 0);
    for (let c = 1; c < k; c++) {
      const v = squaredTo(X, d, i, C, c);
      if (v < bestD) {
        bestD = v;
        bestC = c;
      }
    }
    labels[i] = bestC;
    dist[i] = bestD;
    inertia += bestD;
  }
  return inertia;
}

/** Moves each centre to the mean of its rows; an empty cluster takes the row farthest from its centre. */
function update(
  X: Float64Array,
  d: number,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
  C: Float64Array,
): void {
  const counts = new Int32Array(k);
  C.fill(0);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    counts[c]++;
    for (let t = 0; t < d; t++) C[c * d + t] += X[i * d + t];
  }
  const taken = new Uint8Array(labels.length);
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0) {
      for (let t = 0; t < d; t++) C[c * d + t] /= counts[c];
      continue;
    }
    let far = -1;
    for (let i = 0; i < labels.length; i++)
      if (!taken[i] && (far < 0 || dist[i] > dist[far])) far = i;
    taken[far] = 1;
    C.set(X.subarray(far * d, far * d + d), c * d);
  }
}

function sameLabels(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  const previous = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
  const old = new Float64Array(k * d);
  const inertiaHistory: number[] = [];
  let iterations = 0;
  let centresSettled = false;
  for (;;) {
    // Every exit follows an assignment, so the labels always name the nearest final centre.
    inertiaHistory.push(assign(X, d, centers, k, labels, dist));
    if (centresSettled || iterations === maxIter || sameLabels(labels, previous)) break;
    previous.set(labels);
    old.set(centers);
    update(X, d, k, labels, dist, centers);
    iterations++;
    let shift = 0;
    for (let t = 0; t < centers.length; t++) shift += (centers[t] - old[t]) ** 2;
    centresSettled = shift <= tol;
  }
  return {
    labels,
    centers,
    inertia: inertiaHistory[inertiaHistory.length - 1],
    inertiaHistory,
    seeds,
    iterations,
  };
}
