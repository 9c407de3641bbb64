import { useId, useState } from 'react';
import type { EvaluationReport } from '../../core/evaluation/protocol';
import { confusionAtThreshold } from '../../core/evaluation/threshold-view';
import { precision, recall } from '../../core/learn/metrics';
import { appStore, useAppState } from '../../state/app-store';

/** The threshold slider and the pooled out-of-fold confusion matrix of one variant, recomputed on the page. */
export function ThresholdMatrix({ report }: { report: EvaluationReport }) {
  const threshold = useAppState((s) => s.evalThreshold);
  const [chosen, setChosen] = useState(0);
  const id = useId();
  const index = Math.min(chosen, report.results.length - 1);
  const result = report.results[index];
  const m = confusionAtThreshold(result.pooled.truth, result.pooled.scores, threshold);
  const positive = report.positiveClass;
  return (
    <div className="eval-threshold">
      <div className="slider-row">
        <label htmlFor={`${id}-t`}>Threshold</label>
        <input
          id={`${id}-t`}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={threshold}
          onChange={(e) => appStore.getState().setEvalThreshold(Number(e.target.value))}
        />
        <output htmlFor={`${id}-t`}>{threshold.toFixed(2)}</output>
      </div>
      <div className="field">
        <label htmlFor={`${id}-v`}>Variant in the matrix</label>
        <select id={`${id}-v`} value={index} onChange={(e) => setChosen(Number(e.target.value))}>
          {report.results.map((r, i) => (
            <option key={r.method} value={i}>
              {r.method}
            </option>
          ))}
        </select>
      </div>
      <table className="eval-confusion" aria-label={`Confusion matrix of ${result.method}`}>
        <caption>
          Every test row of every fold ({result.pooled.truth.length} in all): predicted {positive}{' '}
          when its score is above {threshold.toFixed(2)}.
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Predicted {positive}</th>
            <th scope="col">Predicted other</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Actual {positive}</th>
            <td data-cell="tp">TP {m.tp}</td>
            <td data-cell="fn">FN {m.fn}</td>
          </tr>
          <tr>
            <th scope="row">Actual other</th>
            <td data-cell="fp">FP {m.fp}</td>
            <td data-cell="tn">TN {m.tn}</td>
          </tr>
        </tbody>
      </table>
      <p className="eval-note">
        Recall {recall(m).toFixed(3)}, precision {precision(m).toFixed(3)} at this threshold.
      </p>
    </div>
  );
}
