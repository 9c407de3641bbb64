// The two plotted features of a row-major matrix, as their own columns.

export interface PlotColumns {
  xs: Float64Array;
  ys: Float64Array;
}

export function plotColumns(
  X: Float64Array,
  d: number,
  xFeature: number,
  yFeature: number,
): PlotColumns {
  const n = d === 0 ? 0 : X.length / d;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = X[i * d + xFeature];
    ys[i] = X[i * d + yFeature];
  }
  return { xs, ys };
}
