// What the evaluation needs from a classifier: fit on row-major features with binary labels
// (1 = the positive, minority class), then a positive-class probability per row.
import type { Outcome } from '../outcome';
import type { Random } from '../random';

export interface TrainingSet {
  /** Row-major features, n × d. */
  X: Float64Array;
  d: number;
  /** 1 for the positive class, 0 otherwise. */
  y: Uint8Array;
}

export interface FittedClassifier {
  /** P(positive) for each row of the row-major X (d columns). */
  predictProba(X: Float64Array): Float64Array;
}

export interface FitOptions {
  /** Weigh classes by n / (2 · class size), scikit-learn's class_weight='balanced'. */
  balanced?: boolean;
  random?: Random;
}

export type ClassifierName = 'logistic' | 'knn' | 'tree';

export type FitClassifier = (data: TrainingSet, options: FitOptions) => Outcome<FittedClassifier>;

/** Per-row weights for class_weight='balanced', or all ones. */
export function classWeights(y: Uint8Array, balanced: boolean): Float64Array {
  const weights = new Float64Array(y.length).fill(1);
  if (!balanced) return weights;
  const positives = countPositives(y);
  const negatives = y.length - positives;
  const wPos = y.length / (2 * positives);
  const wNeg = y.length / (2 * negatives);
  for (let i = 0; i < y.length; i++) weights[i] = y[i] === 1 ? wPos : wNeg;
  return weights;
}

export function countPositives(y: Uint8Array): number {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  return positives;
}
