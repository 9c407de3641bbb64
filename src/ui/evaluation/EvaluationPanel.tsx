import type { EvaluationReport } from '../../core/evaluation/protocol';
import { appStore, useAppState } from '../../state/app-store';
import type { EvaluationSettings } from '../../state/evaluation-slice';
import { BoundaryControl } from './BoundaryControl';
import { EvaluationSettingsForm } from './EvaluationSettingsForm';
import { LeakageLesson } from './LeakageLesson';
import { MetricsTable } from './MetricsTable';
import { PrCurves } from './PrCurves';
import { ThresholdMatrix } from './ThresholdMatrix';
import './evaluation.css';

const sameSettings = (a: EvaluationSettings, b: EvaluationSettings) =>
  JSON.stringify(a) === JSON.stringify(b);

/** What the samplers warned of in any fold, once per variant and message. */
function RunWarnings({ report }: { report: EvaluationReport }) {
  const lines = report.results.flatMap((r) => r.warnings.map((w) => `${r.method}: ${w}`));
  if (lines.length === 0) return null;
  return (
    <ul className="eval-note" aria-label="Evaluation warnings">
      {lines.map((line) => (
        <li key={line}>⚠ {line}</li>
      ))}
    </ul>
  );
}

/** Does resampling help here? Leak-free cross-validation of the chosen variants, run in a worker. */
export function EvaluationPanel() {
  const status = useAppState((s) => s.evalStatus);
  const progress = useAppState((s) => s.evalProgress);
  const error = useAppState((s) => s.evalError);
  const evaluation = useAppState((s) => s.evaluation);
  const settings = useAppState((s) => s.evalSettings);
  const threshold = useAppState((s) => s.evalThreshold);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const running = status === 'running';
  const stale = evaluation !== null && !sameSettings(evaluation.settings, settings);
  return (
    <details className="evaluation">
      <summary>Evaluate: does resampling help here?</summary>
      <section aria-label="Evaluation">
        <p className="eval-note">
          Stratified k-fold cross-validation: each fold is split first, scaled and resampled on its
          training part only, and scored on its untouched test part. The random state seeds the
          folds and the resampling.
        </p>
        <EvaluationSettingsForm />
        <div className="resample-row">
          <button
            type="button"
            className="primary"
            disabled={!ready || running}
            onClick={() => void appStore.getState().runEvaluation()}
          >
            Evaluate
          </button>
          <button
            type="button"
            disabled={!running}
            onClick={() => appStore.getState().cancelEvaluation()}
          >
            Cancel
          </button>
          {running && (
            <progress max={1} value={progress} aria-label="Evaluation progress">
              {Math.round(progress * 100)}%
            </progress>
          )}
        </div>
        <p className="resample-status" role="status">
          {running && `Evaluating in the background (${Math.round(progress * 100)}%)…`}
          {status === 'cancelled' && 'Evaluation cancelled.'}
          {status === 'done' &&
            evaluation &&
            `Evaluated ${evaluation.settings.methods.length} variants with ${evaluation.settings.classifier} on ${evaluation.datasetName} in ${Math.round(evaluation.ms)} ms.`}
          {status === 'idle' && !evaluation && 'Nothing evaluated yet.'}
        </p>
        {status === 'error' && error && (
          <p className="explain" role="alert">
            {error}
          </p>
        )}
        {evaluation && (
          <div className={stale ? 'eval-results eval-stale' : 'eval-results'}>
            {stale && (
              <p className="eval-note" role="note">
                These results are for the earlier settings ({evaluation.settings.classifier};{' '}
                {evaluation.settings.methods.join(', ')}); press Evaluate to redo them.
              </p>
            )}
            <MetricsTable report={evaluation.run.honest} />
            <RunWarnings report={evaluation.run.honest} />
            <PrCurves report={evaluation.run.honest} threshold={threshold} />
            <ThresholdMatrix report={evaluation.run.honest} />
            <LeakageLesson run={evaluation.run} />
          </div>
        )}
        <BoundaryControl />
      </section>
    </details>
  );
}
