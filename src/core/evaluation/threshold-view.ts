// What the evaluation panel recomputes on the page from pooled out-of-fold scores: the confusion
// matrix at any threshold (same rule as the protocol: positive when score > threshold) and the
// points of a precision-recall curve, thinned for drawing.
import {
  type BinaryLabels,
  type ConfusionMatrix,
  confusionMatrix,
  precisionRecallCurve,
  predictAt,
} from '../learn/metrics';

export function confusionAtThreshold(
  truth: BinaryLabels,
  scores: ArrayLike<number>,
  threshold: number,
): ConfusionMatrix {
  return confusionMatrix(truth, predictAt(scores, threshold));
}

export interface PrPoint {
  recall: number;
  precision: number;
}

/**
 * The PR curve from recall 0 (precision 1, as scikit-learn starts it) to recall 1, in order of
 * falling threshold. Past `maxPoints` the points are thinned evenly, keeping the first and last.
 */
export function prCurvePoints(
  truth: BinaryLabels,
  scores: ArrayLike<number>,
  maxPoints = 400,
): PrPoint[] {
  const curve = precisionRecallCurve(truth, scores);
  const points: PrPoint[] = [{ recall: 0, precision: 1 }];
  for (let s = 0; s < curve.recall.length; s++) {
    if (Number.isNaN(curve.recall[s])) return [];
    points.push({ recall: curve.recall[s], precision: curve.precision[s] });
  }
  if (points.length <= maxPoints) return points;
  const kept: PrPoint[] = [];
  const step = (points.length - 1) / (maxPoints - 1);
  for (let i = 0; i < maxPoints; i++) kept.push(points[Math.round(i * step)]);
  return kept;
}
