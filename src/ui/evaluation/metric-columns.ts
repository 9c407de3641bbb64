// The metrics as the table shows them, and which variant is best at each (highest mean; ties all
// marked; a metric that is undefined for a variant never wins).
import { METRIC_NAMES, type MetricName } from '../../core/evaluation/fold-metrics';
import type { MethodEvaluation } from '../../core/evaluation/protocol';

export const METRIC_LABELS: Record<MetricName, string> = {
  recall: 'Recall',
  precision: 'Precision',
  f1: 'F1',
  pr_auc: 'PR AUC',
  roc_auc: 'ROC AUC',
  g_mean: 'G-mean',
  balanced_accuracy: 'Balanced accuracy',
};

export { METRIC_NAMES };

/** For each metric, the indices of the results with the highest mean (compared at 3 decimals, as shown). */
export function bestPerMetric(
  results: readonly Pick<MethodEvaluation, 'metrics'>[],
): Record<MetricName, number[]> {
  const best = {} as Record<MetricName, number[]>;
  for (const name of METRIC_NAMES) {
    const shown = results.map((r) => Math.round(r.metrics[name].mean * 1000));
    const finite = shown.filter((v) => Number.isFinite(v));
    const top = finite.length > 0 ? Math.max(...finite) : Number.NaN;
    best[name] = shown.flatMap((v, i) => (v === top ? [i] : []));
  }
  return best;
}

/** "0.812 ± 0.034", or an em dash when the metric is undefined (a fold without minority rows). */
export function meanStdText(summary: { mean: number; std: number }): string {
  if (!Number.isFinite(summary.mean)) return '—';
  return `${summary.mean.toFixed(3)} ± ${summary.std.toFixed(3)}`;
}
