import { useId } from 'react';
import { formatDistance, formatNumber } from '../plot/format-number';
import { appStore, useAppState } from '../state/app-store';
import { selectNeighborRow, selectWalkthrough } from '../state/selectors';

/** Which neighbour the manual point walks toward, and how far (λ). */
export function WalkthroughFields() {
  const neighborId = useId();
  const lambdaId = useId();
  const walk = useAppState(selectWalkthrough);
  const neighborRow = useAppState(selectNeighborRow);
  const lambda = useAppState((s) => s.lambda);
  const disabled = !walk?.ok;
  const state = appStore.getState();
  return (
    <>
      <div className="field field-half">
        <label htmlFor={neighborId}>Neighbour</label>
        <select
          id={neighborId}
          disabled={disabled}
          value={neighborRow ?? ''}
          onChange={(event) => state.chooseNeighbor(Number(event.target.value))}
        >
          {walk?.ok ? (
            Array.from(walk.value.neighbors, (row, j) => (
              <option key={row} value={row}>
                {`row ${row}, d = ${formatDistance(walk.value.distances[j])}`}
              </option>
            ))
          ) : (
            <option value="">pick an anchor first</option>
          )}
        </select>
      </div>
      <div className="field field-half field-lambda">
        <label htmlFor={lambdaId}>λ along the segment</label>
        <div className="slider-row">
          <input
            id={lambdaId}
            type="range"
            min={0}
            max={1}
            step={0.01}
            value={lambda}
            disabled={disabled}
            onChange={(event) => state.setLambda(Number(event.target.value))}
          />
          <output htmlFor={lambdaId}>{formatNumber(lambda, 3)}</output>
        </div>
      </div>
    </>
  );
}
