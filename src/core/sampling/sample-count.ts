import type { Dataset } from '../data/dataset';
import { allRows, buildNeighborIndex, type NeighborIndex } from '../neighbors/find-neighbors';
import { type Failure, fail, type Outcome, ok } from '../outcome';

/**
 * A neighbour search over all rows (Borderline's m_neighbors, ADASYN's n_neighbors) needs k + 1
 * rows, since a row is never its own neighbour. imbalanced-learn lets scikit-learn crash here.
 */
export function checkSampleCount(
  parameter: string,
  k: number,
  n: number,
  className: string,
): Failure | null {
  if (n >= k + 1) return null;
  return fail(
    `${parameter}=${k} needs at least ${k + 1} samples over all classes to resample class ${className}; the data has ${n}, so ${parameter} can be at most ${Math.max(n - 1, 0)}`,
    { parameter, className },
  );
}

/**
 * The index over every row for a sampler that searches all of X with `parameter` = k, checked
 * against the first class that gets new samples; null when no class does.
 */
export function indexOverAllRows(
  data: Dataset,
  targets: Int32Array,
  parameter: string,
  k: number,
): Outcome<NeighborIndex | null> {
  const first = targets.findIndex((n) => n > 0);
  if (first < 0) return ok(null);
  const tooFew = checkSampleCount(parameter, k, data.n, data.classNames[first]);
  return tooFew ?? ok(buildNeighborIndex(data.X, data.d, allRows(data.n)));
}
