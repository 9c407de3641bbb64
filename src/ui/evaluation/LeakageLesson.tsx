import type { MetricName } from '../../core/evaluation/fold-metrics';
import type { EvaluationRun } from '../../worker/evaluation-client';
import { METRIC_LABELS } from './metric-columns';

const SHOWN: MetricName[] = ['f1', 'pr_auc', 'roc_auc'];

function meanText(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '—';
}

function signed(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;
}

/** The same samplers evaluated after resampling the whole data, beside the honest scores. */
export function LeakageLesson({ run }: { run: EvaluationRun }) {
  const { honest, leaky } = run;
  if (!leaky) {
    return (
      <p className="eval-note">
        Tick a resampling method to see the leakage lesson: it needs a sampler to misuse.
      </p>
    );
  }
  return (
    <section className="eval-leakage" aria-label="Leakage lesson">
      <h3>Leakage lesson: resampling before the split</h3>
      <p>
        Resample the whole dataset first and then cross-validate, and each test fold holds rows
        whose copies or synthetic neighbours were trained on. The scores rise although the model is
        no better; resample inside each training fold only, as the table above does.
      </p>
      <table className="eval-table" aria-label="Honest and leaky scores">
        <caption>
          Means over {leaky.folds} folds × {leaky.repeats} repeats; the leaky folds are drawn from
          the resampled rows.
        </caption>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">Metric</th>
            <th scope="col">Honest</th>
            <th scope="col">Leaky</th>
            <th scope="col">Leaky − honest</th>
          </tr>
        </thead>
        <tbody>
          {leaky.results.flatMap((l) => {
            const h = honest.results.find((r) => r.method === l.method);
            if (!h) return [];
            return SHOWN.map((name, i) => (
              <tr key={`${l.method}-${name}`} data-variant={l.method} data-metric={name}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={SHOWN.length}>
                    {l.method}
                  </th>
                )}
                <td>{METRIC_LABELS[name]}</td>
                <td>{meanText(h.metrics[name].mean)}</td>
                <td>{meanText(l.metrics[name].mean)}</td>
                <td data-cell="gap">{signed(l.metrics[name].mean - h.metrics[name].mean)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </section>
  );
}
