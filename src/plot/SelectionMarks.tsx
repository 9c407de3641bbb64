import type { SyntheticDetails } from '../state/selectors';
import type { PlotColumns } from './plot-columns';
import type { PlotScales } from './scales';

interface SelectionMarksProps {
  scales: PlotScales;
  rows: PlotColumns;
  details: SyntheticDetails | null;
  /** The selected point on the plotted axes. */
  point: [number, number] | null;
  cursor: number | null;
  radius: number;
}

/** The selected synthetic point with the segment it was made on, and the keyboard cursor. */
export function SelectionMarks({
  scales,
  rows,
  details,
  point,
  cursor,
  radius,
}: SelectionMarksProps) {
  const at = (row: number): [number, number] => [scales.x(rows.xs[row]), scales.y(rows.ys[row])];
  const source =
    details && details.neighbor >= 0 ? [at(details.anchor), at(details.neighbor)] : null;
  return (
    <g className="selection">
      {source && (
        <g className="provenance" data-anchor={details?.anchor} data-neighbor={details?.neighbor}>
          <line x1={source[0][0]} y1={source[0][1]} x2={source[1][0]} y2={source[1][1]} />
          <circle cx={source[0][0]} cy={source[0][1]} r={radius + 5} />
          <circle cx={source[1][0]} cy={source[1][1]} r={radius + 5} />
        </g>
      )}
      {point && (
        <circle
          className="selected-point"
          cx={scales.x(point[0])}
          cy={scales.y(point[1])}
          r={radius + 6}
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
