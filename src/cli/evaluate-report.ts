// How `smote-lab evaluate` writes its report: JSON for programs, an aligned table for people with
// the best mean of each column marked.
import { METRIC_NAMES } from '../core/evaluation/fold-metrics';
import type { EvaluationReport } from '../core/evaluation/protocol';
import type { EvaluateArgs } from './evaluate-args';

export function reportToJson(report: EvaluationReport, args: EvaluateArgs): string {
  const document = {
    file: args.file,
    positive_class: report.positiveClass,
    classifier: args.classifier,
    folds: report.folds,
    repeats: report.repeats,
    seed: args.seed,
    results: report.results.map((r) => ({
      method: r.method,
      classifier: r.classifier,
      metrics: r.metrics,
      confusion_matrix: r.confusion,
      warnings: r.warnings,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const HEADERS: Record<(typeof METRIC_NAMES)[number], string> = {
  recall: 'recall',
  precision: 'precision',
  f1: 'F1',
  pr_auc: 'PR AUC',
  roc_auc: 'ROC AUC',
  g_mean: 'G-mean',
  balanced_accuracy: 'bal. acc.',
};

const cell = (mean: number, std: number) =>
  Number.isNaN(mean) ? 'n/a' : `${mean.toFixed(3)} ± ${std.toFixed(3)}`;

export function reportToTable(report: EvaluationReport, args: EvaluateArgs): string {
  const best = METRIC_NAMES.map((name) =>
    Math.max(...report.results.map((r) => r.metrics[name].mean).filter((v) => !Number.isNaN(v))),
  );
  const header = ['method', ...METRIC_NAMES.map((n) => HEADERS[n]), 'TP FP TN FN'];
  const rows = report.results.map((r) => [
    r.method,
    ...METRIC_NAMES.map((name, j) => {
      const { mean, std } = r.metrics[name];
      // Several methods can tie for best; each is marked.
      return `${cell(mean, std)}${mean === best[j] && report.results.length > 1 ? ' *' : '  '}`;
    }),
    `${r.confusion.tp} ${r.confusion.fp} ${r.confusion.tn} ${r.confusion.fn}`,
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j])))
      .join('  ')
      .trimEnd();
  const lines = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const note =
    `${args.classifier}, ${report.folds}-fold stratified × ${report.repeats} repeats, seed ${args.seed}; ` +
    `scores for the minority class '${report.positiveClass}'${report.classNames.length > 2 ? ' against the rest' : ''} (mean ± std over folds); ` +
    '* best in its column; TP FP TN FN pooled over all folds.';
  return `${[...lines, note].join('\n')}\n`;
}
