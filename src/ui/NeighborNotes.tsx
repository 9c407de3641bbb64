import { useAppState } from '../state/app-store';
import { selectMisplacedNeighbors, selectScalingChange } from '../state/neighbor-views';
import { misplacedText, scalingChangeText } from './neighbor-notes-text';
import { SCALING_WORDS } from './scaling-words';

/** Under the neighbour table: the scaling searched under, what its last change did, and where
 * the 2-D view misleads about who is near. */
export function NeighborNotes({ d }: { d: number }) {
  const scaling = useAppState((s) => s.scaling);
  const change = useAppState(selectScalingChange);
  const misplaced = useAppState(selectMisplacedNeighbors);
  return (
    <div className="neighbor-notes">
      {scaling !== 'none' && (
        <p className="fine">
          Distances are measured on {SCALING_WORDS[scaling]} features; the values are the file's
          own.
        </p>
      )}
      {change && (
        <p className="view-note" role="status" data-note="scaling-change">
          {scalingChangeText(change)}
        </p>
      )}
      {misplaced.length > 0 && (
        <ul className="view-notes" aria-label="Neighbours the 2-D view misplaces">
          {misplaced.map((m) => (
            <li key={m.row} className="view-note" data-note="misplaced" data-row={m.row}>
              {misplacedText(m, d)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
