// The two-variable step of SMO: the analytic minimiser of the dual along the pair (i, j), clipped
// to the box [0, C] in the same order as LIBSVM, so the iterates match scikit-learn's.

/** Below this, the pair's curvature is treated as TAU (non-positive-definite kernels, duplicates). */
export const TAU = 1e-12;

/** Moves alpha[i] and alpha[j] in place; Qij = y_i·y_j·K(x_i, x_j). */
export function solvePair(
  alpha: Float64Array,
  G: Float64Array,
  QD: Float64Array,
  y: Int8Array,
  i: number,
  j: number,
  Qij: number,
  C: number,
): void {
  if (y[i] !== y[j]) {
    const quad = QD[i] + QD[j] + 2 * Qij;
    const delta = (-G[i] - G[j]) / (quad > 0 ? quad : TAU);
    const diff = alpha[i] - alpha[j];
    alpha[i] += delta;
    alpha[j] += delta;
    if (diff > 0) {
      if (alpha[j] < 0) {
        alpha[j] = 0;
        alpha[i] = diff;
      }
    } else if (alpha[i] < 0) {
      alpha[i] = 0;
      alpha[j] = -diff;
    }
    if (diff > 0) {
      if (alpha[i] > C) {
        alpha[i] = C;
        alpha[j] = C - diff;
      }
    } else if (alpha[j] > C) {
      alpha[j] = C;
      alpha[i] = C + diff;
    }
  } else {
    const quad = QD[i] + QD[j] - 2 * Qij;
    const delta = (G[i] - G[j]) / (quad > 0 ? quad : TAU);
    const sum = alpha[i] + alpha[j];
    alpha[i] -= delta;
    alpha[j] += delta;
    if (sum > C) {
      if (alpha[i] > C) {
        alpha[i] = C;
        alpha[j] = sum - C;
      }
    } else if (alpha[j] < 0) {
      alpha[j] = 0;
      alpha[i] = sum;
    }
    if (sum > C) {
      if (alpha[j] > C) {
        alpha[j] = C;
        alpha[i] = sum - C;
      }
    } else if (alpha[i] < 0) {
      alpha[i] = 0;
      alpha[j] = sum;
    }
  }
}
