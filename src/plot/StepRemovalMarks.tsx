import type { RemovalTrace } from '../core/sampling/sample-trace';
import type { Point } from './StepperMarks';
import { markerPath } from './story-paths';

interface StepRemovalMarksProps {
  /** The removal at the current step, if the walk is at one. */
  removal: RemovalTrace | null;
  /** The removals carried out before it, as pool rows. */
  removed: Int32Array;
  at: (row: number) => Point;
  radius: number;
}

/** Crosses on the rows removed so far; the current removal with the rows its verdict rests on. */
export function StepRemovalMarks(props: StepRemovalMarksProps) {
  const crosses = Float64Array.from(Array.from(props.removed, props.at).flat());
  const r = props.removal;
  return (
    <>
      {crosses.length > 0 && (
        <path
          className="step-removed"
          data-count={crosses.length / 2}
          d={markerPath(crosses, 'cross', props.radius + 3)}
        />
      )}
      {r && <CurrentRemoval {...props} removal={r} />}
    </>
  );
}

function CurrentRemoval(props: StepRemovalMarksProps & { removal: RemovalTrace }) {
  const r = props.removal;
  const rowAt = props.at(r.row);
  return (
    <g className="step-removal" data-row={r.row}>
      {Array.from(r.neighbors, (row) => {
        const [x, y] = props.at(row);
        return (
          <line
            key={`link-${row}`}
            className="step-segment"
            x1={rowAt[0]}
            y1={rowAt[1]}
            x2={x}
            y2={y}
          />
        );
      })}
      {Array.from(r.neighbors, (row) => {
        const [x, y] = props.at(row);
        return (
          <circle
            key={`near-${row}`}
            className="step-neighbor"
            data-row={row}
            cx={x}
            cy={y}
            r={props.radius + 5}
          />
        );
      })}
      <circle className="step-anchor" cx={rowAt[0]} cy={rowAt[1]} r={props.radius + 8} />
      <path
        className="step-removed"
        d={markerPath(Float64Array.from(rowAt), 'cross', props.radius + 3)}
      />
    </g>
  );
}
