import { describe, expect, it } from 'vitest';
import {
  addConfusion,
  averagePrecision,
  balancedAccuracy,
  confusionMatrix,
  f1,
  gMean,
  precision,
  precisionRecallCurve,
  predictAt,
  recall,
  rocAuc,
} from '../../../src/core/learn/metrics';
import { metricFixtures } from './learn-fixtures';

describe.each(metricFixtures)('metrics against scikit-learn: $name', (c) => {
  const m = confusionMatrix(c.y, predictAt(c.scores));

  it('counts the confusion matrix at threshold 0.5', () => {
    expect(m).toEqual(c.confusion);
  });

  it('gives recall, precision, F1, G-mean and balanced accuracy to 1e-12', () => {
    expect(Math.abs(recall(m) - c.recall)).toBeLessThan(1e-12);
    expect(Math.abs(precision(m) - c.precision)).toBeLessThan(1e-12);
    expect(Math.abs(f1(m) - c.f1)).toBeLessThan(1e-12);
    expect(Math.abs(gMean(m) - c.g_mean)).toBeLessThan(1e-12);
    expect(Math.abs(balancedAccuracy(m) - c.balanced_accuracy)).toBeLessThan(1e-12);
  });

  it('gives ROC AUC and average precision to 1e-12, ties included', () => {
    expect(Math.abs(rocAuc(c.y, c.scores) - c.roc_auc)).toBeLessThan(1e-12);
    expect(Math.abs(averagePrecision(c.y, c.scores) - c.pr_auc)).toBeLessThan(1e-12);
  });

  it('lists the PR curve points scikit-learn does (highest threshold first here)', () => {
    const curve = precisionRecallCurve(c.y, c.scores);
    const n = c.pr_curve.thresholds.length;
    expect(curve.thresholds).toEqual([...c.pr_curve.thresholds].reverse());
    const sk = (values: number[]) => values.slice(0, n).reverse();
    curve.precision.forEach((p, s) => {
      expect(Math.abs(p - sk(c.pr_curve.precision)[s])).toBeLessThan(1e-12);
    });
    curve.recall.forEach((r, s) => {
      expect(Math.abs(r - sk(c.pr_curve.recall)[s])).toBeLessThan(1e-12);
    });
  });
});

describe('metrics by hand', () => {
  it('gives AUC 0.5 to all-tied scores and 1 to a perfect ranking', () => {
    expect(rocAuc([0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
    expect(rocAuc([0, 1, 0, 1], [0.1, 0.9, 0.2, 0.8])).toBe(1);
    expect(averagePrecision([0, 1, 0, 1], [0.1, 0.9, 0.2, 0.8])).toBe(1);
  });

  it('returns NaN for ROC AUC when one class is missing', () => {
    expect(rocAuc([0, 0, 0], [0.1, 0.2, 0.3])).toBeNaN();
  });

  it('is 0, not NaN, for precision and F1 with nothing predicted positive', () => {
    const m = confusionMatrix([1, 0, 0], [0, 0, 0]);
    expect([precision(m), recall(m), f1(m), gMean(m)]).toEqual([0, 0, 0, 0]);
    expect(balancedAccuracy(m)).toBe(0.5);
  });

  it('adds confusion matrices cell by cell', () => {
    const a = { tp: 1, fp: 2, tn: 3, fn: 4 };
    expect(addConfusion(a, a)).toEqual({ tp: 2, fp: 4, tn: 6, fn: 8 });
  });
});
