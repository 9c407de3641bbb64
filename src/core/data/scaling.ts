// Feature scaling for the neighbour search: none, standardise (mean 0, population standard
// deviation 1, as scikit-learn's StandardScaler) or min-max (to [0, 1]). Each has an exact
// inverse so synthetic rows made in scaled space are reported in the file's own units.

export type ScalingKind = 'none' | 'standardise' | 'min-max';

/** z = (x - center) / scale, per feature. */
export interface Scaling {
  kind: ScalingKind;
  center: Float64Array;
  scale: Float64Array;
}

/** Fits a scaling to row-major X (n rows, d features); a constant feature keeps scale 1. */
export function fitScaling(X: Float64Array, n: number, d: number, kind: ScalingKind): Scaling {
  const center = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  if (kind === 'none' || n === 0) return { kind, center, scale };
  for (let j = 0; j < d; j++) {
    if (kind === 'min-max') {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        const v = X[i * d + j];
        if (v < min) min = v;
        if (v > max) max = v;
      }
      center[j] = min;
      if (max > min) scale[j] = max - min;
    } else {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += X[i * d + j];
      const mean = sum / n;
      let squares = 0;
      for (let i = 0; i < n; i++) squares += (X[i * d + j] - mean) ** 2;
      center[j] = mean;
      const sd = Math.sqrt(squares / n);
      if (sd > 0) scale[j] = sd;
    }
  }
  return { kind, center, scale };
}

/** X in scaled units (a new array). */
export function applyScaling(scaling: Scaling, X: Float64Array): Float64Array {
  const { center, scale } = scaling;
  const d = center.length;
  const Z = new Float64Array(X.length);
  for (let k = 0; k < X.length; k++) Z[k] = (X[k] - center[k % d]) / scale[k % d];
  return Z;
}

/** Scaled rows back in the file's own units (a new array). */
export function invertScaling(scaling: Scaling, Z: Float64Array): Float64Array {
  const { center, scale } = scaling;
  const d = center.length;
  const X = new Float64Array(Z.length);
  for (let k = 0; k < Z.length; k++) X[k] = Z[k] * scale[k % d] + center[k % d];
  return X;
}
