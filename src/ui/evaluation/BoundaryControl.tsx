import { appStore, useAppState } from '../../state/app-store';
import type { BoundaryMode } from '../../state/boundary-slice';

/** Off, or the evaluation's classifier shaded under the points, fitted with or without resampling. */
export function BoundaryControl() {
  const mode = useAppState((s) => s.boundaryMode);
  const method = useAppState((s) => s.method);
  const boundary = useAppState((s) => s.boundary);
  const error = useAppState((s) => s.boundaryError);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const options: { mode: BoundaryMode; label: string }[] = [
    { mode: 'off', label: 'Off' },
    { mode: 'plain', label: 'Without resampling' },
    { mode: 'resampled', label: `After ${method}` },
  ];
  return (
    <fieldset className="eval-boundary" disabled={!ready}>
      <legend>Decision boundary in the plot</legend>
      <div className="eval-boundary-options">
        {options.map((o) => (
          <label key={o.mode}>
            <input
              type="radio"
              name="eval-boundary"
              value={o.mode}
              checked={mode === o.mode}
              onChange={() => appStore.getState().setBoundaryMode(o.mode)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="explain" role="alert">
          {error}
        </p>
      )}
      {mode !== 'off' && (
        <p className="eval-note" role="status">
          {boundary
            ? `Shaded: ${boundary.description}; ${boundary.grid.trainedOn} training rows. Each cell takes the colour of the class it predicts, paler where the classifier is unsure.`
            : error
              ? ''
              : 'Fitting the boundary…'}
        </p>
      )}
    </fieldset>
  );
}
