import type { SyntheticDetails } from '../state/selectors';
import { formatNumber } from './format-number';
import type { PlotColumns } from './plot-columns';
import type { PlotScales } from './scales';

interface SelectionMarksProps {
  scales: PlotScales;
  rows: PlotColumns;
  details: SyntheticDetails | null;
  /** The selected point on the plotted axes. */
  point: [number, number] | null;
  cursor: number | null;
  /** A clicked row that is not an anchor (a majority row, a removed row). */
  inspected: number | null;
  radius: number;
}

/** The selected synthetic point with the segment it was made on, and the keyboard cursor. */
export function SelectionMarks({
  scales,
  rows,
  details,
  point,
  cursor,
  inspected,
  radius,
}: SelectionMarksProps) {
  const at = (row: number): [number, number] => [scales.x(rows.xs[row]), scales.y(rows.ys[row])];
  const source =
    details && details.neighbor >= 0 ? [at(details.anchor), at(details.neighbor)] : null;
  const copied = details && details.neighbor < 0 ? at(details.anchor) : null;
  const spot: [number, number] | null = point && [scales.x(point[0]), scales.y(point[1])];
  // A negative gap puts the point beyond the anchor, outside its segment: draw the way out to it.
  const beyond = source && spot && details && details.gap < 0 ? spot : null;
  return (
    <g className="selection">
      {source && details && (
        <g
          className="provenance"
          data-anchor={details.anchor}
          data-neighbor={details.neighbor}
          data-gap={details.gap}
        >
          <line x1={source[0][0]} y1={source[0][1]} x2={source[1][0]} y2={source[1][1]} />
          <circle cx={source[0][0]} cy={source[0][1]} r={radius + 5} />
          <circle cx={source[1][0]} cy={source[1][1]} r={radius + 5} />
          {beyond && (
            <>
              <line
                className="extrapolation-line"
                x1={source[0][0]}
                y1={source[0][1]}
                x2={beyond[0]}
                y2={beyond[1]}
              />
              <text className="mark-label" x={beyond[0] + radius + 8} y={beyond[1] - radius - 4}>
                {`λ = ${formatNumber(details.gap, 3)}`}
              </text>
            </>
          )}
        </g>
      )}
      {copied && details && (
        <g className="provenance" data-anchor={details.anchor} data-neighbor={-1}>
          <circle cx={copied[0]} cy={copied[1]} r={radius + 5} />
        </g>
      )}
      {spot && <circle className="selected-point" cx={spot[0]} cy={spot[1]} r={radius + 6} />}
      {inspected !== null && (
        <circle
          className="inspected-mark"
          data-row={inspected}
          cx={scales.x(rows.xs[inspected])}
          cy={scales.y(rows.ys[inspected])}
          r={radius + 7}
        />
      )}
      {cursor !== null && (
        <circle
          className="keyboard-cursor"
          data-row={cursor}
          cx={scales.x(rows.xs[cursor])}
          cy={scales.y(rows.ys[cursor])}
          r={radius + 11}
        />
      )}
    </g>
  );
}
