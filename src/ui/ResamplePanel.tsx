import type { Params } from '../core/sampling/types';
import { appStore, useAppState } from '../state/app-store';
import type { ResampleSummary } from '../worker/client';
import { MethodPicker } from './MethodPicker';
import { ParamForm } from './params/ParamForm';

function strategyText(params: Params): string {
  const value = params.sampling_strategy;
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** "SMOTE with sampling_strategy='auto' made 32 synthetic points and removed 3 rows in 12 ms." */
function doneText(result: ResampleSummary, params: Params, ms: number | null): string {
  const made = result.syntheticY.length;
  const parts = [];
  if (made > 0 || result.removed.length === 0) {
    parts.push(`made ${made.toLocaleString('en-US')} synthetic points`);
  }
  if (result.removed.length > 0) {
    parts.push(`removed ${result.removed.length.toLocaleString('en-US')} rows`);
  }
  const time = ms === null ? '' : ` in ${Math.round(ms)} ms`;
  return `${result.method} with sampling_strategy=${strategyText(params)} ${parts.join(' and ')}${time}.`;
}

/** The method, its parameters and the Resample button; the run happens in the worker. */
export function ResamplePanel() {
  const method = useAppState((s) => s.method);
  const params = useAppState((s) => s.params);
  const status = useAppState((s) => s.resampleStatus);
  const error = useAppState((s) => s.resampleError);
  const result = useAppState((s) => s.result);
  const progress = useAppState((s) => s.resampleProgress);
  const ms = useAppState((s) => s.resampleMs);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const running = status === 'running';
  return (
    <section className="resample" aria-label="Resample">
      <MethodPicker />
      <ParamForm />
      {status === 'error' && error && (
        <p className="explain" role="alert">
          {error}
        </p>
      )}
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
          {status === 'done' && result && doneText(result, params, ms)}
          {status === 'error' &&
            (result
              ? `Still showing the last result (${result.method}); fix the parameter and it runs again.`
              : 'Nothing resampled yet.')}
          {status === 'idle' && `Run ${method} over the whole dataset.`}
        </p>
      </div>
    </section>
  );
}
