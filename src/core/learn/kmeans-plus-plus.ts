// k-means++ seeding (Arthur and Vassilvitskii, 2007), greedy as scikit-learn does it: each new
// centre is the best of 2 + ⌊ln k⌋ candidates drawn with probability proportional to D².
import type { Random } from '../random';

/** Squared distance between row i of X and row c of C (both row-major, d columns). */
export function squaredTo(
  X: Float64Array,
  d: number,
  i: number,
  C: Float64Array,
  c: number,
): number {
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
