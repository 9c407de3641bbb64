import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { classCounts, type Dataset } from '../../core/data/dataset';
import { classStyles, drawingOrder } from '../../plot/class-styles';
import { paddedExtent } from '../../plot/scales';
import { shapePath } from '../../plot/shapes';
import { useAppState } from '../../state/app-store';
import type { ResampleSummary } from '../../worker/client';
import { anchorSpread } from './anchor-children';
import { useCompanion } from './use-companion';

const WIDTH = 400;
const HEIGHT = 220;
const PAD = 10;
/** Each copy is drawn a little up and to the right of the one below, like a pile of cards. */
const PILE_STEP = 1.6;
const NO_TEXTS = {};

function countsText(data: Dataset, result: ResampleSummary): string {
  return drawingOrder(result.countsBefore)
    .map((c) => `${data.classNames[c]} ${result.countsBefore[c]} → ${result.countsAfter[c]}`)
    .join(', ');
}

/** Distinct places among a run's synthetic rows: copies share their original's place. */
function distinctPlaces(result: ResampleSummary, d: number): number {
  const seen = new Set<string>();
  for (let i = 0; i * d < result.syntheticX.length; i++) {
    seen.add(result.syntheticX.subarray(i * d, (i + 1) * d).join(','));
  }
  return seen.size;
}

/** RandomOverSampler on the same data and seed as the main plot, its copies piled on their rows. */
export function DuplicateCompare() {
  const data = useAppState((s) => s.dataset);
  const xFeature = useAppState((s) => s.xFeature);
  const yFeature = useAppState((s) => s.yFeature);
  const main = useAppState((s) => s.result);
  const mainMethod = useAppState((s) => s.method);
  const run = useCompanion('RandomOverSampler', NO_TEXTS);
  const copies = run?.result;
  const drawing = useMemo(() => {
    if (!data || !copies) return null;
    const x = scaleLinear(paddedExtent(data.X, data.d, xFeature), [PAD, WIDTH - PAD]);
    const y = scaleLinear(paddedExtent(data.X, data.d, yFeature), [HEIGHT - PAD, PAD]);
    const at = (r: number) => [x(data.X[r * data.d + xFeature]), y(data.X[r * data.d + yFeature])];
    const spread = anchorSpread(data.y, copies.syntheticY, copies.provenance.anchor);
    const counts = classCounts(data);
    // The largest class first, so the rarer points and their piles stay on top.
    const rank = drawingOrder(counts);
    const rows = Array.from({ length: data.n }, (_, r) => r).sort(
      (a, b) => rank.indexOf(data.y[a]) - rank.indexOf(data.y[b]) || a - b,
    );
    return { at, spread, rows, styles: classStyles(counts) };
  }, [data, copies, xFeature, yFeature]);
  if (!data) return null;
  const most = drawing ? Math.max(0, ...drawing.spread.perRow) : 0;
  return (
    <section className="lesson-evidence" aria-label="RandomOverSampler beside SMOTE">
      <h2>RandomOverSampler, same data and seed</h2>
      {run?.status === 'error' && <p role="alert">{run.error}</p>}
      {!drawing && run?.status !== 'error' && <p role="status">Running RandomOverSampler…</p>}
      {drawing && copies && (
        <>
          <svg
            className="lesson-mini-plot"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={`RandomOverSampler: ${copies.syntheticY.length} copies piled on ${distinctPlaces(copies, data.d)} minority rows, up to ${most} on one row`}
          >
            <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="lesson-mini-frame" />
            {drawing.rows.map((r) => {
              const [cx, cy] = drawing.at(r);
              const style = drawing.styles[data.y[r]];
              const pile = drawing.spread.perRow[r];
              return (
                <g key={r} transform={`translate(${cx},${cy})`} data-row={r} data-copies={pile}>
                  <path d={shapePath(style.shape, 3)} fill={style.color} opacity={0.75} />
                  {Array.from({ length: pile }, (_, i) => (
                    <path
                      // biome-ignore lint/suspicious/noArrayIndexKey: a pile's copies are identical and never reorder
                      key={i}
                      d={shapePath(style.shape, 3.5)}
                      transform={`translate(${(i + 1) * PILE_STEP},${-(i + 1) * PILE_STEP})`}
                      fill="white"
                      stroke={style.color}
                      strokeWidth={1.1}
                    />
                  ))}
                </g>
              );
            })}
          </svg>
          <p className="lesson-counts" data-method="RandomOverSampler">
            <strong>RandomOverSampler:</strong> {countsText(data, copies)};{' '}
            {copies.syntheticY.length} copies on {distinctPlaces(copies, data.d)} places (a pile of
            up to {most} on one row).
          </p>
          {main && (
            <p className="lesson-counts" data-method={main.method}>
              <strong>{main.method}</strong> (the main plot): {countsText(data, main)};{' '}
              {main.syntheticY.length} new points on {distinctPlaces(main, data.d)} places.
            </p>
          )}
          {!main && <p>Press Resample to run {mainMethod} on the main plot beside it.</p>}
        </>
      )}
    </section>
  );
}
