import { appStore, useAppState } from '../state/app-store';

/** Runs the method over the whole dataset in the worker; the legend shows the counts before → after. */
export function ResamplePanel() {
  const method = useAppState((s) => s.method);
  const status = useAppState((s) => s.resampleStatus);
  const error = useAppState((s) => s.resampleError);
  const result = useAppState((s) => s.result);
  const progress = useAppState((s) => s.resampleProgress);
  const ms = useAppState((s) => s.resampleMs);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const running = status === 'running';
  const made = result?.syntheticY.length ?? 0;
  return (
    <section className="resample" aria-label="Resample">
      <div className="resample-row">
        <button
          type="button"
          className="primary"
          disabled={!ready}
          onClick={() => void appStore.getState().resample()}
        >
          {running ? 'Resampling…' : 'Resample'}
        </button>
        <p className="resample-status" role="status">
          {running && `Running ${method} in the background (${Math.round(progress * 100)}%)…`}
          {status === 'done' &&
            `${method} with sampling_strategy='auto' made ${made.toLocaleString('en-US')} synthetic points${ms === null ? '' : ` in ${Math.round(ms)} ms`}.`}
          {status === 'idle' &&
            'Run SMOTE over the whole dataset: every class up to the majority count.'}
        </p>
      </div>
      {status === 'error' && error && (
        <p className="explain" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
