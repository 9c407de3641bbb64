import type { AnchorWalkthrough } from '../core/sampling/anchor-walkthrough';
import type { ClassStyle } from './class-styles';
import { formatNumber } from './format-number';
import { labelBeyond } from './label-placement';
import type { PlotColumns } from './plot-columns';
import type { PlotArea, PlotScales } from './scales';
import { shapePath } from './shapes';

interface WalkthroughMarksProps {
  scales: PlotScales;
  area: PlotArea;
  rows: PlotColumns;
  anchor: number;
  /** Null when the neighbours cannot be found (k too large): only the anchor is marked. */
  walk: AnchorWalkthrough | null;
  offspring: PlotColumns;
  neighborRow: number | null;
  /** The manual point on the plotted axes, or null. */
  manual: [number, number] | null;
  lambda: number;
  selectedChild: number | null;
  style: ClassStyle;
  radius: number;
}

/** The anchor, its neighbours joined by segments, its synthetic children and the λ point. */
export function WalkthroughMarks(props: WalkthroughMarksProps) {
  const { scales, area, rows, walk, offspring, neighborRow, manual, style, radius } = props;
  const at = (row: number): [number, number] => [scales.x(rows.xs[row]), scales.y(rows.ys[row])];
  const [ax, ay] = at(props.anchor);
  const childPath = shapePath(style.shape, radius + 2);
  const neighbors = walk ? Array.from(walk.neighbors) : [];
  // The anchor's label goes opposite its neighbours, on the side where the segments are not.
  const centre = neighbors.reduce<[number, number]>(
    (sum, row) => {
      const [x, y] = at(row);
      return [sum[0] + x / neighbors.length, sum[1] + y / neighbors.length];
    },
    neighbors.length ? [0, 0] : [ax + 1, ay + 1],
  );
  const anchorLabel = labelBeyond([ax, ay], centre, radius + 12, area);
  return (
    <g className="walkthrough">
      {neighbors.map((row) => {
        const [x, y] = at(row);
        const chosen = row === neighborRow;
        return (
          <line
            key={`segment-${row}`}
            className={chosen ? 'segment segment-chosen' : 'segment'}
            x1={ax}
            y1={ay}
            x2={x}
            y2={y}
          />
        );
      })}
      {neighbors.map((row) => {
        const [x, y] = at(row);
        const label = labelBeyond([x, y], [ax, ay], radius + 9, area);
        return (
          <g key={`neighbor-${row}`} className="neighbor-mark" data-row={row}>
            <circle cx={x} cy={y} r={radius + 5} />
            <text {...label} className="mark-label">
              {`row ${row}`}
            </text>
          </g>
        );
      })}
      {Array.from(offspring.xs, (cx, i) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: a child is identified by its draw order
          key={`child-${i}`}
          className={i === props.selectedChild ? 'child child-selected' : 'child'}
          data-child={i}
          d={childPath}
          transform={`translate(${scales.x(cx)}, ${scales.y(offspring.ys[i])})`}
          stroke={style.color}
        />
      ))}
      {manual && (
        <ManualPoint
          x={scales.x(manual[0])}
          y={scales.y(manual[1])}
          from={[ax, ay]}
          to={neighborRow === null ? null : at(neighborRow)}
          lambda={props.lambda}
          radius={radius}
        />
      )}
      <g className="anchor-mark" data-row={props.anchor}>
        <circle cx={ax} cy={ay} r={radius + 8} />
        <text {...anchorLabel} className="mark-label">
          {`anchor, row ${props.anchor}`}
        </text>
      </g>
    </g>
  );
}

interface ManualPointProps {
  x: number;
  y: number;
  from: [number, number];
  to: [number, number] | null;
  lambda: number;
  radius: number;
}

/** The λ point, labelled beside its segment (not along it, where the neighbour labels sit). */
function ManualPoint({ x, y, from, to, lambda, radius }: ManualPointProps) {
  const [dx, dy] = to ? [to[0] - from[0], to[1] - from[1]] : [1, 0];
  const length = Math.hypot(dx, dy) || 1;
  // The normal that points down-screen, so the label sits under the segment.
  const sign = dx >= 0 ? 1 : -1;
  const nx = (-dy / length) * sign;
  const ny = (dx / length) * sign;
  const reach = radius + 14;
  return (
    <g className="manual-point" transform={`translate(${x}, ${y})`}>
      <path d={shapePath('diamond', radius + 3)} />
      <text
        x={nx * reach}
        y={ny * reach + 4}
        textAnchor={nx < -0.3 ? 'end' : nx > 0.3 ? 'start' : 'middle'}
        className="mark-label"
      >
        {`λ = ${formatNumber(lambda, 3)}`}
      </text>
    </g>
  );
}
