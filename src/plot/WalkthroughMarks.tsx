import type { AnchorWalkthrough } from '../core/sampling/anchor-walkthrough';
import type { ClassStyle } from './class-styles';
import { formatNumber } from './format-number';
import { labelBeyond, type PlacedLabel, withoutOverlaps } from './label-placement';
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

type Point = [number, number];

/** The anchor, its neighbours joined by segments, its synthetic children and the λ point. */
export function WalkthroughMarks(props: WalkthroughMarksProps) {
  const { scales, area, rows, walk, offspring, neighborRow, style, radius } = props;
  const at = (row: number): Point => [scales.x(rows.xs[row]), scales.y(rows.ys[row])];
  const anchorAt = at(props.anchor);
  const neighbors = walk ? Array.from(walk.neighbors) : [];
  const chosenAt = neighborRow === null ? null : at(neighborRow);
  const manualAt: Point | null = props.manual && [
    scales.x(props.manual[0]),
    scales.y(props.manual[1]),
  ];
  const labels = withoutOverlaps(
    walkthroughLabels({
      anchorAt,
      anchor: props.anchor,
      neighbors,
      neighborRow,
      at,
      radius,
      area,
    }).concat(manualAt ? [manualLabel(manualAt, anchorAt, chosenAt, props.lambda, radius)] : []),
  );
  const childPath = shapePath(style.shape, radius + 2);
  return (
    <g className="walkthrough">
      {neighbors.map((row) => {
        const [x, y] = at(row);
        return (
          <line
            key={`segment-${row}`}
            className={row === neighborRow ? 'segment segment-chosen' : 'segment'}
            x1={anchorAt[0]}
            y1={anchorAt[1]}
            x2={x}
            y2={y}
          />
        );
      })}
      {neighbors.map((row) => {
        const [x, y] = at(row);
        return (
          <circle
            key={`neighbor-${row}`}
            className="neighbor-mark"
            data-row={row}
            cx={x}
            cy={y}
            r={radius + 5}
          />
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
      {manualAt && (
        <path
          className="manual-point"
          d={shapePath('diamond', radius + 3)}
          transform={`translate(${manualAt[0]}, ${manualAt[1]})`}
        />
      )}
      <circle
        className="anchor-mark"
        data-row={props.anchor}
        cx={anchorAt[0]}
        cy={anchorAt[1]}
        r={radius + 8}
      />
      {labels.map(({ text, ...spot }) => (
        <text key={text} {...spot} className="mark-label">
          {text}
        </text>
      ))}
    </g>
  );
}

interface LabelInput {
  anchorAt: Point;
  anchor: number;
  neighbors: number[];
  neighborRow: number | null;
  at: (row: number) => Point;
  radius: number;
  area: PlotArea;
}

/** Labels by importance: the anchor, the chosen neighbour, then the others nearest first. */
function walkthroughLabels(input: LabelInput): PlacedLabel[] {
  const { anchorAt, neighbors, neighborRow, at, radius, area } = input;
  // The anchor's label goes opposite its neighbours, on the side where the segments are not.
  const centre = neighbors.reduce<Point>(
    (sum, row) => {
      const [x, y] = at(row);
      return [sum[0] + x / neighbors.length, sum[1] + y / neighbors.length];
    },
    neighbors.length ? [0, 0] : [anchorAt[0] + 1, anchorAt[1] + 1],
  );
  const ordered = neighbors.filter((row) => row === neighborRow);
  ordered.push(...neighbors.filter((row) => row !== neighborRow));
  const anchorText = `anchor, row ${input.anchor}`;
  return [
    { ...labelBeyond(anchorAt, centre, radius + 12, area, anchorText), text: anchorText },
    ...ordered.map((row) => ({
      ...labelBeyond(at(row), anchorAt, radius + 9, area, `row ${row}`),
      text: `row ${row}`,
    })),
  ];
}

/** The λ label beside its segment (not along it, where the neighbour labels sit). */
export function manualLabel(
  point: Point,
  from: Point,
  to: Point | null,
  lambda: number,
  radius: number,
): PlacedLabel {
  const [dx, dy] = to ? [to[0] - from[0], to[1] - from[1]] : [1, 0];
  const length = Math.hypot(dx, dy) || 1;
  // The normal that points down-screen, so the label sits under the segment.
  const sign = dx >= 0 ? 1 : -1;
  const nx = (-dy / length) * sign;
  const ny = (dx / length) * sign;
  const reach = radius + 14;
  return {
    x: point[0] + nx * reach,
    y: point[1] + ny * reach + 4,
    textAnchor: nx < -0.3 ? 'end' : nx > 0.3 ? 'start' : 'middle',
    text: `λ = ${formatNumber(lambda, 3)}`,
  };
}
