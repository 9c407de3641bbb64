// One fold's scores and their summary over folds: mean and population standard deviation, as
// scikit-learn's cross-validation reports them, plus the confusion matrix pooled over every fold.
import {
  addConfusion,
  averagePrecision,
  balancedAccuracy,
  type ConfusionMatrix,
  confusionMatrix,
  f1,
  gMean,
  precision,
  predictAt,
  recall,
  rocAuc,
} from '../learn/metrics';

export const METRIC_NAMES = [
  'recall',
  'precision',
  'f1',
  'pr_auc',
  'roc_auc',
  'g_mean',
  'balanced_accuracy',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface MetricSummary {
  mean: number;
  std: number;
}

export type FoldScores = Record<MetricName, number>;

export function scoreFold(
  truth: Uint8Array,
  scores: Float64Array,
): { scores: FoldScores; confusion: ConfusionMatrix } {
  const m = confusionMatrix(truth, predictAt(scores));
  return {
    confusion: m,
    scores: {
      recall: recall(m),
      precision: precision(m),
      f1: f1(m),
      pr_auc: averagePrecision(truth, scores),
      roc_auc: rocAuc(truth, scores),
      g_mean: gMean(m),
      balanced_accuracy: balancedAccuracy(m),
    },
  };
}

export function summarise(values: readonly number[]): MetricSummary {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) * (v - mean), 0) / n;
  return { mean, std: Math.sqrt(variance) };
}

export function summariseFolds(folds: readonly FoldScores[]): Record<MetricName, MetricSummary> {
  const entries = METRIC_NAMES.map((name) => [name, summarise(folds.map((f) => f[name]))]);
  return Object.fromEntries(entries) as Record<MetricName, MetricSummary>;
}

export function poolConfusion(matrices: readonly ConfusionMatrix[]): ConfusionMatrix {
  return matrices.reduce(addConfusion, { tp: 0, fp: 0, tn: 0, fn: 0 });
}
