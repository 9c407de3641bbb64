import type { Dataset } from '../../core/data/dataset';
import { appStore, useAppState } from '../../state/app-store';
import { compareCandidates } from '../../state/compare-plan';

const act = () => appStore.getState();

/** Which variants to compare, Run and Cancel, and how far the run has got. */
export function CompareSettings({ data }: { data: Dataset }) {
  const methods = useAppState((s) => s.methods);
  const skipped = useAppState((s) => s.compareSkipped);
  const status = useAppState((s) => s.compareStatus);
  const error = useAppState((s) => s.compareError);
  const tiles = useAppState((s) => s.compareTiles);
  const progress = useAppState((s) => s.compareProgress);
  const candidates = compareCandidates(methods, data);
  const running = status === 'running';
  const at = tiles.findIndex((t) => t.status === 'running');
  const done = tiles.filter((t) => t.status === 'done' || t.status === 'error').length;
  return (
    <div className="compare-settings">
      <fieldset className="compare-ticks">
        <legend>Variants to compare (their defaults, with the shared parameters on screen)</legend>
        {candidates.map((name) => (
          <label key={name}>
            <input
              type="checkbox"
              checked={!skipped.includes(name)}
              onChange={(e) => act().setCompareTicked(name, e.target.checked)}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <div className="compare-actions">
        <button type="button" className="primary" onClick={() => void act().runCompare()}>
          {tiles.length > 0 ? 'Run the comparison again' : 'Run the comparison'}
        </button>
        {running && (
          <button type="button" onClick={() => act().cancelCompare()}>
            Cancel
          </button>
        )}
        {running && (
          <progress
            aria-label="Comparison progress"
            max={tiles.length}
            value={done + Math.max(0, progress)}
          />
        )}
        <p className="compare-status" role="status">
          {running &&
            at >= 0 &&
            `Running ${tiles[at].method}, ${at + 1} of ${tiles.length} (${Math.round(progress * 100)}%)…`}
          {status === 'done' && `Compared ${tiles.length} variants.`}
          {status === 'cancelled' && `Cancelled after ${done} of ${tiles.length} variants.`}
          {status === 'error' && error}
        </p>
      </div>
    </div>
  );
}
