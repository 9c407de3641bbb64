// Standardisation as scikit-learn's StandardScaler: mean and population standard deviation per
// column, fitted on some rows only (the training part), a constant column scaled by 1.
export interface StandardScaler {
  mean: Float64Array;
  scale: Float64Array;
}

export function fitStandardScaler(
  X: Float64Array,
  d: number,
  rows: ArrayLike<number>,
): StandardScaler {
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  const n = rows.length;
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) mean[j] += X[rows[r] * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) {
      const v = X[rows[r] * d + j] - mean[j];
      scale[j] += v * v;
    }
  }
  for (let j = 0; j < d; j++) {
    const sd = Math.sqrt(scale[j] / n);
    scale[j] = sd > 0 ? sd : 1;
  }
  return { mean, scale };
}

/** The given rows of X, standardised, as a new row-major matrix. */
export function transformRows(
  scaler: StandardScaler,
  X: Float64Array,
  d: number,
  rows: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(rows.length * d);
  for (let r = 0; r < rows.length; r++) {
    for (let j = 0; j < d; j++) {
      out[r * d + j] = (X[rows[r] * d + j] - scaler.mean[j]) / scaler.scale[j];
    }
  }
  return out;
}
