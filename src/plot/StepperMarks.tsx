import type { CSSProperties } from 'react';
import { type CurrentStep, reachedPhase } from '../state/stepper-selectors';
import type { PhaseName } from '../state/stepper-timeline';
import type { ClassStyle } from './class-styles';
import { formatDistance } from './format-number';
import { labelBeyond, type PlacedLabel, withoutOverlaps } from './label-placement';
import type { PlotColumns } from './plot-columns';
import type { RingStretch } from './ring-stretch';
import { StepRemovalMarks } from './StepRemovalMarks';
import type { PlotArea, PlotScales } from './scales';
import { shapePath } from './shapes';
import { along, dataCircleOnScreen } from './step-geometry';
import { manualLabel } from './WalkthroughMarks';
import './stepper-marks.css';
import { markerPath, screenPoints } from './story-paths';

export type Point = [number, number];

interface StepperMarksProps {
  step: CurrentStep;
  scales: PlotScales;
  area: PlotArea;
  rows: PlotColumns;
  /** Every synthetic row of the run, on the plotted axes. */
  synthetic: PlotColumns | null;
  /** The run's removed pool rows and how many of them the walk has reached. */
  removed: Int32Array;
  removedShown: number;
  nInput: number;
  styles: ClassStyle[];
  radius: number;
  /** How the search's ball shows on these axes (see ring-stretch). */
  ringStretch: RingStretch;
  /** The run played sample by sample: only the segment (briefly) and the new point. */
  brief: boolean;
  /** Milliseconds per tick while playing, so motion fits between ticks. */
  tickMs: number | null;
}

// Past this many, the rows an anchor is drawn from are not ringed (they would hide the plot).
const MAX_POOL_RINGS = 600;
// Rings are drawn where the distance is Euclidean in the plotted features.
const EUCLIDEAN = new Set(['class', 'all', 'cluster']);

/** The stepper's marks: the anchor, its neighbours and ring, the draw, the new point, removals. */
export function StepperMarks(props: StepperMarksProps) {
  const { step, scales, rows } = props;
  const poolAt = (row: number): Point => {
    const columns = row < props.nInput ? rows : props.synthetic;
    const i = row < props.nInput ? row : row - props.nInput;
    return columns ? [scales.x(columns.xs[i]), scales.y(columns.ys[i])] : [Number.NaN, Number.NaN];
  };
  return (
    <g className="stepper-marks" data-item={step.position.item} data-phase={step.phase ?? 'end'}>
      <StepRemovalMarks
        removal={step.removal}
        removed={props.removed.subarray(0, props.removedShown)}
        at={poolAt}
        radius={props.radius}
      />
      {step.sample && <SampleMarks {...props} />}
    </g>
  );
}

function SampleMarks(props: StepperMarksProps) {
  const { step, scales, rows, radius, area, brief } = props;
  const t = step.sample!;
  const reached = (name: PhaseName) => reachedPhase(step, name);
  const at = (row: number): Point => [scales.x(rows.xs[row]), scales.y(rows.ys[row])];
  const anchorAt = at(t.anchor);
  const neighbours = reached('neighbors') && !brief ? Array.from(t.neighbors) : [];
  const chosen = t.neighbor >= 0 && (reached('neighbor') || brief) ? at(t.neighbor) : null;
  const style = props.styles[t.classCode];
  const placed = reached('place') && props.synthetic;
  const newAt: Point | null = placed
    ? [scales.x(props.synthetic!.xs[t.index]), scales.y(props.synthetic!.ys[t.index])]
    : null;
  const lambdaAt = chosen && reached('lambda') && !placed ? along(anchorAt, chosen, t.gap) : null;
  const stretch = props.ringStretch;
  const ring =
    !brief &&
    stretch &&
    reached('neighbors') &&
    t.space &&
    EUCLIDEAN.has(t.space) &&
    t.distances.length > 0
      ? dataCircleOnScreen(
          scales,
          rows.xs[t.anchor],
          rows.ys[t.anchor],
          t.distances.at(-1)!,
          stretch,
        )
      : null;
  const pool =
    !brief && step.phase === 'anchor' && t.pool.length <= MAX_POOL_RINGS
      ? screenPoints(t.pool, rows, scales, area).xy
      : null;
  const motion = motionStyle(anchorAt, newAt, props.tickMs);
  const labels: PlacedLabel[] = [];
  if (!brief) {
    const centre = neighbours.length
      ? mean(neighbours.map(at))
      : [anchorAt[0] + 1, anchorAt[1] + 1];
    const anchorText = `anchor, row ${t.anchor}`;
    labels.push({
      ...labelBeyond(anchorAt, centre as Point, radius + 12, area, anchorText),
      text: anchorText,
    });
    const named = chosen ? [t.neighbor] : neighbours;
    for (const row of named)
      labels.push({
        ...labelBeyond(at(row), anchorAt, radius + 9, area, `row ${row}`),
        text: `row ${row}`,
      });
    // λ and x_new sit beside the segment, not along it where the row labels are.
    if (lambdaAt && chosen) labels.push(manualLabel(lambdaAt, anchorAt, chosen, t.gap, radius));
    if (newAt)
      labels.push({ ...manualLabel(newAt, anchorAt, chosen, t.gap, radius), text: 'x_new' });
  }
  // An extrapolated point lies beyond the anchor: the way out to it is drawn too.
  const beyond = chosen && t.gap < 0 && (lambdaAt ?? newAt);
  return (
    <g className="step-sample" data-index={t.index}>
      {pool && (
        <path
          className="step-pool"
          data-count={pool.length / 2}
          d={markerPath(pool, 'ring', radius + 3)}
        />
      )}
      {ring && (
        <ellipse
          className="step-radius"
          data-radius={formatDistance(t.distances.at(-1)!)}
          cx={ring.cx}
          cy={ring.cy}
          rx={ring.rx}
          ry={ring.ry}
        />
      )}
      {neighbours.map((row) => {
        const [x, y] = at(row);
        const className =
          row === t.neighbor && chosen ? 'step-segment step-segment-chosen' : 'step-segment';
        return (
          <line
            key={`segment-${row}`}
            className={className}
            x1={anchorAt[0]}
            y1={anchorAt[1]}
            x2={x}
            y2={y}
          />
        );
      })}
      {brief && chosen && (
        <line
          className="step-segment step-segment-chosen step-fade"
          style={motion}
          x1={anchorAt[0]}
          y1={anchorAt[1]}
          x2={chosen[0]}
          y2={chosen[1]}
        />
      )}
      {beyond && (
        <line
          className="step-beyond"
          x1={anchorAt[0]}
          y1={anchorAt[1]}
          x2={beyond[0]}
          y2={beyond[1]}
        />
      )}
      {neighbours.map((row) => {
        const [x, y] = at(row);
        const className =
          row === t.neighbor && chosen ? 'step-neighbor step-neighbor-chosen' : 'step-neighbor';
        return (
          <circle
            key={`neighbor-${row}`}
            className={className}
            data-row={row}
            cx={x}
            cy={y}
            r={radius + 5}
          />
        );
      })}
      {lambdaAt && (
        <path
          className="step-lambda"
          d={shapePath('diamond', radius + 2)}
          transform={`translate(${lambdaAt[0]}, ${lambdaAt[1]})`}
        />
      )}
      <circle
        className={brief ? 'step-anchor step-anchor-brief' : 'step-anchor'}
        data-row={t.anchor}
        cx={anchorAt[0]}
        cy={anchorAt[1]}
        r={radius + (brief ? 4 : 8)}
      />
      {newAt && (
        <g key={`new-${t.index}`} className="step-new" data-index={t.index} style={motion}>
          <path
            d={shapePath(style.shape, radius + 2)}
            transform={`translate(${newAt[0]}, ${newAt[1]})`}
            stroke={style.color}
          />
        </g>
      )}
      {withoutOverlaps(labels).map(({ text, ...spot }) => (
        <text key={text} {...spot} className="mark-label">
          {text}
        </text>
      ))}
    </g>
  );
}

function mean(points: Point[]): Point {
  return points.reduce<Point>(
    (s, [x, y]) => [s[0] + x / points.length, s[1] + y / points.length],
    [0, 0],
  );
}

/** The new point slides in from the anchor; the animation's length fits the playback's tick. */
function motionStyle(from: Point, to: Point | null, tickMs: number | null): CSSProperties {
  const ms = tickMs === null ? 600 : Math.min(600, tickMs * 0.8);
  const fade = tickMs === null ? 1200 : Math.max(200, Math.min(1500, tickMs * 0.9));
  return {
    '--from-x': `${to ? from[0] - to[0] : 0}px`,
    '--from-y': `${to ? from[1] - to[1] : 0}px`,
    '--slide-ms': `${Math.round(ms)}ms`,
    '--fade-ms': `${Math.round(fade)}ms`,
  } as CSSProperties;
}
