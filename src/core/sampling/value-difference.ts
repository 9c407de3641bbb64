// The Value Difference Metric of Stanfill and Waltz (1986), as imbalanced-learn's
// ValueDifferenceMetric with k = 1, r = 2: d(a, b) = Σ_f (Σ_c |P(c | a_f) − P(c | b_f)|)².
import type { Dataset } from '../data/dataset';
import type { CategoricalFeature } from './categorical-feature';

/**
 * Per row, its features' class-probability vectors side by side (F·C values), fitted on every
 * row of every class, so that the distance of two rows is a sum over blocks of C.
 */
export function classProbabilityRows(data: Dataset, features: CategoricalFeature[]): Float64Array {
  const C = data.classNames.length;
  const F = features.length;
  const P = new Float64Array(data.n * F * C);
  features.forEach((f, fi) => {
    const counts = new Float64Array(f.size * C);
    for (let i = 0; i < data.n; i++) counts[f.codes[i] * C + data.y[i]]++;
    for (let v = 0; v < f.size; v++) {
      let total = 0;
      for (let c = 0; c < C; c++) total += counts[v * C + c];
      // A category no row has keeps a zero row, as imbalanced-learn's nan_to_num leaves it.
      if (total > 0) for (let c = 0; c < C; c++) counts[v * C + c] /= total;
    }
    for (let i = 0; i < data.n; i++) {
      P.set(counts.subarray(f.codes[i] * C, f.codes[i] * C + C), (i * F + fi) * C);
    }
  });
  return P;
}

/** VDM distance between rows a and b of the matrix made by classProbabilityRows. */
export function valueDifference(
  P: Float64Array,
  features: number,
  classes: number,
  a: number,
  b: number,
): number {
  const width = features * classes;
  let sum = 0;
  for (let f = 0; f < features; f++) {
    let l1 = 0;
    const pa = a * width + f * classes;
    const pb = b * width + f * classes;
    for (let c = 0; c < classes; c++) l1 += Math.abs(P[pa + c] - P[pb + c]);
    sum += l1 * l1;
  }
  return sum;
}
