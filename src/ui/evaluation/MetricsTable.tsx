import type { MetricSummary } from '../../core/evaluation/fold-metrics';
import type { EvaluationReport } from '../../core/evaluation/protocol';
import { bestPerMetric, METRIC_LABELS, METRIC_NAMES, meanStdText } from './metric-columns';

/** 'RandomOverSampler' as Random·Over·Sampler and 'class_weight' as class_·weight: where a narrow header may wrap. */
function breakableParts(name: string): string[] {
  return name.split(/(?<=_)|(?<=[a-z])(?=[A-Z])/);
}

/** The mean, with ± std on its own smaller line so four variants fit the sidebar. */
function MeanStd({ summary }: { summary: MetricSummary }) {
  const [mean, std] = meanStdText(summary).split(' ± ');
  return (
    <>
      {mean}
      {std !== undefined && <span className="eval-std"> ± {std}</span>}
    </>
  );
}

/** One row per metric, one column per variant (the sidebar is narrow); the best in each row is starred. */
export function MetricsTable({ report }: { report: EvaluationReport }) {
  const best = bestPerMetric(report.results);
  return (
    <div className="eval-table-wrap">
      <table className="eval-table" aria-label="Metrics by variant">
        <caption>
          Minority class <strong>{report.positiveClass}</strong>
          {report.classNames.length > 2 &&
            ` against the other ${report.classNames.length - 1} classes together`}
          , mean ± std over {report.folds} folds × {report.repeats} repeats at threshold 0.5. ★
          marks the best per metric.
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            {report.results.map((r) => (
              <th scope="col" key={r.method}>
                {breakableParts(r.method).map((part, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed name
                  <span key={i}>
                    {i > 0 && <wbr />}
                    {part}
                  </span>
                ))}
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
                    <MeanStd summary={r.metrics[name]} />
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
