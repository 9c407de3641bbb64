import type { EvaluationReport } from '../../core/evaluation/protocol';
import { bestPerMetric, METRIC_LABELS, METRIC_NAMES, meanStdText } from './metric-columns';

/** One row per metric, one column per variant (the sidebar is narrow); the best in each row is starred. */
export function MetricsTable({ report }: { report: EvaluationReport }) {
  const best = bestPerMetric(report.results);
  return (
    <div className="eval-table-wrap">
      <table className="eval-table" aria-label="Metrics by variant">
        <caption>
          Minority class <strong>{report.positiveClass}</strong>, mean ± std over {report.folds}{' '}
          folds × {report.repeats} repeats at threshold 0.5. ★ marks the best per metric.
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            {report.results.map((r) => (
              <th scope="col" key={r.method}>
                {r.method}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRIC_NAMES.map((name) => (
            <tr key={name} data-metric={name}>
              <th scope="row">{METRIC_LABELS[name]}</th>
              {report.results.map((r, i) => {
                const isBest = best[name].includes(i);
                return (
                  <td key={r.method} className={isBest ? 'eval-best' : undefined}>
                    {meanStdText(r.metrics[name])}
                    {isBest && (
                      <>
                        {' '}
                        <span aria-hidden="true">★</span>
                        <span className="visually-hidden">(best)</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
