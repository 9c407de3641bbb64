import { useMemo } from 'react';
import { useAppState } from '../../state/app-store';
import { anchorSpread } from './anchor-children';

const WIDTH = 400;
const HEIGHT = 190;
const LEFT = 34;
const BOTTOM = 36;
const TOP = 16;

/** How many minority points got 0, 1, 2, … synthetic children in the run on screen. */
export function AnchorHistogram() {
  const data = useAppState((s) => s.dataset);
  const result = useAppState((s) => s.result);
  const spread = useMemo(
    () =>
      data && result && result.nInput === data.n
        ? anchorSpread(data.y, result.syntheticY, result.provenance.anchor)
        : null,
    [data, result],
  );
  if (!data) return null;
  if (!spread || spread.rows === 0) {
    return (
      <section className="lesson-evidence" aria-label="Children per anchor">
        <h2>Children per anchor</h2>
        <p>
          Press Resample: the histogram counts the run's synthetic children of each minority point.
        </p>
      </section>
    );
  }
  const { histogram, rows, unused } = spread;
  const tallest = Math.max(...histogram);
  const slot = (WIDTH - LEFT - 8) / histogram.length;
  const height = (count: number) => ((HEIGHT - TOP - BOTTOM) * count) / tallest;
  const made = result?.syntheticY.length ?? 0;
  return (
    <section className="lesson-evidence" aria-label="Children per anchor">
      <h2>Children per anchor</h2>
      <svg
        className="lesson-histogram"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Histogram: ${histogram.map((n, c) => `${n} points with ${c} children`).join(', ')}`}
      >
        {histogram.map((count, children) => {
          const x = LEFT + children * slot;
          const h = height(count);
          const y = HEIGHT - BOTTOM - h;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the index is the bar's value (children per point)
            <g key={children} className="lesson-bar" data-children={children} data-count={count}>
              <rect
                x={x + 2}
                y={y}
                width={Math.max(1, slot - 4)}
                height={h}
                className={children === 0 ? 'lesson-bar-unused' : undefined}
              />
              <text x={x + slot / 2} y={y - 3} textAnchor="middle">
                {count}
              </text>
              <text x={x + slot / 2} y={HEIGHT - BOTTOM + 14} textAnchor="middle">
                {children}
              </text>
            </g>
          );
        })}
        <line x1={LEFT} x2={WIDTH - 8} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        <text x={(LEFT + WIDTH) / 2} y={HEIGHT - 4} textAnchor="middle">
          synthetic children of one point
        </text>
        <text
          x={12}
          y={(HEIGHT - BOTTOM + TOP) / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${(HEIGHT - BOTTOM + TOP) / 2})`}
        >
          points
        </text>
      </svg>
      <p className="lesson-fact">
        <strong>
          {unused} of {rows} minority points
        </strong>{' '}
        were never drawn as an anchor; {made} synthetic points came from the other {rows - unused}.
      </p>
    </section>
  );
}
