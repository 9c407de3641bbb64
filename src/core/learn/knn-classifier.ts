// k-nearest-neighbour classifier as scikit-learn's KNeighborsClassifier defaults (k = 5, uniform
// weights, Euclidean): P(positive) is the fraction of the k nearest training rows that are
// positive. Neighbours come from the core's exact search, ties broken by (distance, row index);
// scikit-learn leaves the order of tied neighbours to its tree.
import { buildNeighborIndex, findNeighborsOfPoints } from '../neighbors/find-neighbors';
import { fail, type Outcome, ok } from '../outcome';
import type { FittedClassifier, TrainingSet } from './classifier';

export interface KnnOptions {
  k?: number;
}

export function fitKnnClassifier(
  data: TrainingSet,
  options: KnnOptions = {},
): Outcome<FittedClassifier> {
  const k = options.k ?? 5;
  const n = data.y.length;
  if (!Number.isInteger(k) || k < 1) return fail(`k must be a positive integer; got ${k}`);
  if (n < k) {
    return fail(`k-nearest neighbours needs at least k = ${k} training rows; got ${n}`);
  }
  const { X, d, y } = data;
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const index = buildNeighborIndex(X, d, rows);
  return ok({
    predictProba(points) {
      const table = findNeighborsOfPoints(index, points, d, k);
      const q = table.indices.length / k;
      const p = new Float64Array(q);
      for (let r = 0; r < q; r++) {
        let votes = 0;
        for (let j = 0; j < k; j++) votes += y[table.indices[r * k + j]];
        p[r] = votes / k;
      }
      return p;
    },
  });
}
