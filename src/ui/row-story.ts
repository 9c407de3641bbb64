// What the last run did with one input row, in sentences: its border set, its ADASYN weight, its
// KMeansSMOTE cluster, whether it was a support vector, whether a cleaner removed it.
import { formatNumber } from '../plot/format-number';
import type { ResampleSummary } from '../worker/client';
import { BORDER_RULE, borderRole, removerText } from './method-roles';

export function rowStory(row: number, result: ResampleSummary | null): string[] {
  if (!result) return [];
  const { diagnostics: d, method } = result;
  const lines: string[] = [];
  let bordered = false;
  for (const set of ['danger', 'noise', 'safe'] as const) {
    if (d[set]?.includes(row)) {
      lines.push(`${method}: ${borderRole(method, set)}; ${BORDER_RULE[set]}.`);
      bordered = true;
    }
  }
  if (d.supportVectors) {
    const support = d.supportVectors.includes(row);
    if (support && !bordered) lines.push('A support vector of the SVM: it lies on the border.');
    if (!support && d.danger) lines.push('Not a support vector, so SVMSMOTE does not use it.');
  }
  const weight = d.weights?.[row] ?? 0;
  if (weight > 0) {
    const children = d.anchorCounts?.[row] ?? 0;
    lines.push(
      `ADASYN weight ${formatNumber(weight, 3)}: ${children} of the new points come from this row.`,
    );
  }
  if (d.clusterLabels) {
    const cluster = d.clusterLabels[row];
    const used = d.clustersUsed?.includes(cluster);
    lines.push(
      `In k-means cluster ${cluster}, which KMeansSMOTE ${used ? 'over-sampled' : 'skipped: too few rows of the over-sampled class in it'}.`,
    );
  }
  if (result.removed.includes(row)) {
    lines.push(`Removed by ${removerText(method)}: it is not in the output.`);
  }
  return lines;
}
