import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, type MetricName } from '../../../src/core/evaluation/fold-metrics';
import { bestPerMetric, meanStdText } from '../../../src/ui/evaluation/metric-columns';

function result(values: Partial<Record<MetricName, number>>) {
  const metrics = Object.fromEntries(
    METRIC_NAMES.map((n) => [n, { mean: values[n] ?? 0.5, std: 0.01 }]),
  ) as Record<MetricName, { mean: number; std: number }>;
  return { metrics };
}

describe('bestPerMetric', () => {
  it('marks the highest mean, every tie as shown at 3 decimals, and never an undefined one', () => {
    const best = bestPerMetric([
      result({ recall: 0.9, f1: 0.7001, roc_auc: Number.NaN }),
      result({ recall: 0.8, f1: 0.7004, roc_auc: 0.8 }),
      result({ recall: 0.95, f1: 0.6, roc_auc: 0.7 }),
    ]);
    expect(best.recall).toEqual([2]);
    expect(best.f1).toEqual([0, 1]);
    expect(best.roc_auc).toEqual([1]);
    expect(best.precision).toEqual([0, 1, 2]);
  });
});

describe('meanStdText', () => {
  it('writes mean ± std at 3 decimals, or a dash when undefined', () => {
    expect(meanStdText({ mean: 0.81234, std: 0.0345 })).toBe('0.812 ± 0.035');
    expect(meanStdText({ mean: Number.NaN, std: Number.NaN })).toBe('—');
  });
});
