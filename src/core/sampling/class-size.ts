import { type Failure, fail } from '../outcome';

/**
 * A within-class neighbour search needs k + 1 samples of the class. imbalanced-learn lets
 * scikit-learn crash here; we say which class, how many it has and the largest k that works.
 */
export function checkClassSize(
  parameter: string,
  k: number,
  count: number,
  className: string,
): Failure | null {
  if (count >= k + 1) return null;
  const samples = `${count} sample${count === 1 ? '' : 's'}`;
  const message =
    count >= 2
      ? `class ${className} has ${samples}; ${parameter} can be at most ${count - 1} (it is ${k})`
      : `class ${className} has ${samples}; it needs at least 2 to have a neighbour (${parameter}=${k} needs ${k + 1})`;
  return fail(message, { parameter, className });
}
