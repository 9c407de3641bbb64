// The interpolation x_new = x + λ·(x_nn − x) written out per feature with the real numbers.
import { formatNumber } from '../plot/format-number';

/** A number inside a formula: negative values get brackets so "− −3" never appears. */
export function term(value: number): string {
  const text = formatNumber(value);
  return value < 0 ? `(${text})` : text;
}

export interface FormulaLine {
  feature: string;
  /** e.g. "136 = 120 + 0.4 × (160 − 120)" */
  text: string;
}

export function formulaLines(
  featureNames: readonly string[],
  anchor: ArrayLike<number>,
  neighbor: ArrayLike<number>,
  gap: number,
  result: ArrayLike<number>,
): FormulaLine[] {
  // A negative λ (SVMSMOTE's extrapolation) gets brackets like any negative term.
  const lambda = gap < 0 ? `(${formatNumber(gap, 4)})` : formatNumber(gap, 4);
  return featureNames.map((feature, j) => ({
    feature,
    text: `${formatNumber(result[j])} = ${term(anchor[j])} + ${lambda} × (${term(neighbor[j])} − ${term(anchor[j])})`,
  }));
}
