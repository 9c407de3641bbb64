// Scores for the minority (positive) class, computed as scikit-learn 1.2 and imbalanced-learn do:
// precision and recall are 0 when undefined (zero_division=0), ROC AUC is the trapezoid under the
// ROC curve with tied scores forming one step, average precision is Σ (Rₙ − Rₙ₋₁) Pₙ over
// distinct thresholds, and G-mean is √(sensitivity · specificity).

/** Binary labels: 1 marks the positive (minority) class, 0 every other row. */
export type BinaryLabels = ArrayLike<number>;

export interface ConfusionMatrix {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusionMatrix(truth: BinaryLabels, predicted: BinaryLabels): ConfusionMatrix {
  if (truth.length !== predicted.length) throw new Error('labels and predictions differ in length');
  const m = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] === 1) predicted[i] === 1 ? m.tp++ : m.fn++;
    else predicted[i] === 1 ? m.fp++ : m.tn++;
  }
  return m;
}

export function addConfusion(a: ConfusionMatrix, b: ConfusionMatrix): ConfusionMatrix {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn };
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);

export const recall = (m: ConfusionMatrix) => ratio(m.tp, m.tp + m.fn);
export const precision = (m: ConfusionMatrix) => ratio(m.tp, m.tp + m.fp);
export const specificity = (m: ConfusionMatrix) => ratio(m.tn, m.tn + m.fp);

export function f1(m: ConfusionMatrix): number {
  return ratio(2 * m.tp, 2 * m.tp + m.fp + m.fn);
}

export function gMean(m: ConfusionMatrix): number {
  return Math.sqrt(recall(m) * specificity(m));
}

export function balancedAccuracy(m: ConfusionMatrix): number {
  return (recall(m) + specificity(m)) / 2;
}

/** Predicted class per row: positive when the score passes the threshold (scikit-learn: > 0.5). */
export function predictAt(scores: ArrayLike<number>, threshold = 0.5): Uint8Array {
  const out = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = scores[i] > threshold ? 1 : 0;
  return out;
}

/** Cumulative true and false positives at each distinct score, highest score first. */
interface ThresholdSteps {
  thresholds: number[];
  tps: number[];
  fps: number[];
}

function thresholdSteps(truth: BinaryLabels, scores: ArrayLike<number>): ThresholdSteps {
  if (truth.length !== scores.length) throw new Error('labels and scores differ in length');
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => scores[b] - scores[a] || a - b);
  const steps: ThresholdSteps = { thresholds: [], tps: [], fps: [] };
  let tp = 0;
  let fp = 0;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    if (truth[i] === 1) tp++;
    else fp++;
    const last = r === order.length - 1 || scores[order[r + 1]] !== scores[i];
    if (last) {
      steps.thresholds.push(scores[i]);
      steps.tps.push(tp);
      steps.fps.push(fp);
    }
  }
  return steps;
}

/** Area under the ROC curve; NaN when the labels hold only one class (scikit-learn raises). */
export function rocAuc(truth: BinaryLabels, scores: ArrayLike<number>): number {
  const { tps, fps } = thresholdSteps(truth, scores);
  const P = tps[tps.length - 1] ?? 0;
  const N = fps[fps.length - 1] ?? 0;
  if (P === 0 || N === 0) return Number.NaN;
  let area = 0;
  let prevTpr = 0;
  let prevFpr = 0;
  for (let s = 0; s < tps.length; s++) {
    const tpr = tps[s] / P;
    const fpr = fps[s] / N;
    area += ((fpr - prevFpr) * (tpr + prevTpr)) / 2;
    prevTpr = tpr;
    prevFpr = fpr;
  }
  return area;
}

export interface PrecisionRecallCurve {
  /** Score thresholds, highest first; point s counts rows with score >= thresholds[s] positive. */
  thresholds: number[];
  precision: number[];
  recall: number[];
}

/** The PR curve's points, one per distinct score (scikit-learn 1.2 keeps them all). */
export function precisionRecallCurve(
  truth: BinaryLabels,
  scores: ArrayLike<number>,
): PrecisionRecallCurve {
  const { thresholds, tps, fps } = thresholdSteps(truth, scores);
  const P = tps[tps.length - 1] ?? 0;
  const curve: PrecisionRecallCurve = { thresholds: [], precision: [], recall: [] };
  for (let s = 0; s < tps.length; s++) {
    curve.thresholds.push(thresholds[s]);
    curve.precision.push(tps[s] / (tps[s] + fps[s]));
    curve.recall.push(P === 0 ? Number.NaN : tps[s] / P);
  }
  return curve;
}

/** Average precision (the PR AUC scikit-learn reports); NaN without positives. */
export function averagePrecision(truth: BinaryLabels, scores: ArrayLike<number>): number {
  const curve = precisionRecallCurve(truth, scores);
  let sum = 0;
  let prevRecall = 0;
  for (let s = 0; s < curve.recall.length; s++) {
    sum += (curve.recall[s] - prevRecall) * curve.precision[s];
    prevRecall = curve.recall[s];
  }
  return sum;
}
