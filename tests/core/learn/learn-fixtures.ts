// Loads the scikit-learn fixtures written by tests/reference/make_learn_fixtures.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrainingSet } from '../../../src/core/learn/classifier';

const DIR = join(import.meta.dirname, '..', '..', 'reference', 'fixtures');

export interface ClassifierFixture {
  name: string;
  X: number[][];
  y: number[];
  queries: number[][];
  logistic: { coef: number[]; intercept: number };
  logistic_balanced: { coef: number[]; intercept: number };
  logistic_default_proba: number[];
  knn_predict: number[];
  knn_proba: number[];
  tree_predict: number[];
  tree_proba: number[];
  tree_train_predict: number[];
  tree_splitter_seed: number;
  tree_depth: number;
  tree_leaves: number;
  tree_balanced_proba: number[];
}

export interface MetricFixture {
  name: string;
  y: number[];
  scores: number[];
  confusion: { tp: number; fp: number; tn: number; fn: number };
  recall: number;
  precision: number;
  f1: number;
  g_mean: number;
  balanced_accuracy: number;
  roc_auc: number;
  pr_auc: number;
  pr_curve: { precision: number[]; recall: number[]; thresholds: number[] };
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
}

export const classifierFixtures = load<{ datasets: ClassifierFixture[] }>(
  'learn-classifiers.json',
).datasets;
export const metricFixtures = load<{ cases: MetricFixture[] }>('learn-metrics.json').cases;

export function rowMajor(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

export function trainingSet(f: ClassifierFixture): TrainingSet {
  return { X: rowMajor(f.X), d: f.X[0].length, y: Uint8Array.from(f.y) };
}
