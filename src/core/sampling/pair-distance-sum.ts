// The sum of Euclidean distances over all pairs of some rows, for KMeansSMOTE's cluster sparsity.
// Quadratic in the rows, so it runs on a feature-major copy, four features per pass over the
// partners; each squared distance still adds its features in order.

export function pairDistanceSum(X: Float64Array, d: number, rows: Int32Array): number {
  const q = rows.length;
  const F = new Float64Array(q * d);
  for (let r = 0; r < q; r++) for (let t = 0; t < d; t++) F[t * q + r] = X[rows[r] * d + t];
  const acc = new Float64Array(q);
  let sum = 0;
  for (let a = 0; a + 1 < q; a++) {
    acc.fill(0, a + 1, q);
    let o = 0;
    for (; o + 4 * q <= d * q; o += 4 * q) {
      const o1 = o + q;
      const o2 = o1 + q;
      const o3 = o2 + q;
      const u0 = F[o + a];
      const u1 = F[o1 + a];
      const u2 = F[o2 + a];
      const u3 = F[o3 + a];
      for (let b = a + 1; b < q; b++) {
        const e0 = u0 - F[o + b];
        const e1 = u1 - F[o1 + b];
        const e2 = u2 - F[o2 + b];
        const e3 = u3 - F[o3 + b];
        let s = acc[b];
        s += e0 * e0;
        s += e1 * e1;
        s += e2 * e2;
        s += e3 * e3;
        acc[b] = s;
      }
    }
    for (; o < d * q; o += q) {
      const u = F[o + a];
      for (let b = a + 1; b < q; b++) {
        const e = u - F[o + b];
        acc[b] += e * e;
      }
    }
    for (let b = a + 1; b < q; b++) sum += Math.sqrt(acc[b]);
  }
  return sum;
}
