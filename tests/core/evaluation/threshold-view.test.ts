import { describe, expect, it } from 'vitest';
import { confusionAtThreshold, prCurvePoints } from '../../../src/core/evaluation/threshold-view';

// Six rows worked by hand: scores high to low with their labels.
const truth = Uint8Array.from([1, 1, 0, 1, 0, 0]);
const scores = Float64Array.from([0.9, 0.8, 0.7, 0.4, 0.4, 0.1]);

describe('confusionAtThreshold', () => {
  it('counts a row positive when its score is above the threshold, not at it', () => {
    expect(confusionAtThreshold(truth, scores, 0.5)).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
    expect(confusionAtThreshold(truth, scores, 0.4)).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
    expect(confusionAtThreshold(truth, scores, 0.39)).toEqual({ tp: 3, fp: 2, tn: 1, fn: 0 });
    expect(confusionAtThreshold(truth, scores, 0.95)).toEqual({ tp: 0, fp: 0, tn: 3, fn: 3 });
    expect(confusionAtThreshold(truth, scores, 0)).toEqual({ tp: 3, fp: 3, tn: 0, fn: 0 });
  });
});

describe('prCurvePoints', () => {
  it('starts at recall 0, precision 1 and takes one step per distinct score', () => {
    const points = prCurvePoints(truth, scores);
    expect(points).toEqual([
      { recall: 0, precision: 1 },
      { recall: 1 / 3, precision: 1 },
      { recall: 2 / 3, precision: 1 },
      { recall: 2 / 3, precision: 2 / 3 },
      // 0.4 is tied between a minority and a majority row: one step for both.
      { recall: 1, precision: 3 / 5 },
      { recall: 1, precision: 1 / 2 },
    ]);
  });

  it('thins a long curve evenly, keeping both ends', () => {
    const n = 1000;
    const many = Float64Array.from({ length: n }, (_, i) => 1 - i / n);
    const labels = Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const full = prCurvePoints(labels, many, 5000);
    const thin = prCurvePoints(labels, many, 50);
    expect(full).toHaveLength(n + 1);
    expect(thin).toHaveLength(50);
    expect(thin[0]).toEqual(full[0]);
    expect(thin[49]).toEqual(full[n]);
  });

  it('has no curve without minority rows', () => {
    expect(prCurvePoints(Uint8Array.from([0, 0]), Float64Array.from([0.2, 0.6]))).toEqual([]);
  });
});
