import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../core/data/dataset';
import { classStyles, drawingOrder } from '../../plot/class-styles';
import { formatNumber } from '../../plot/format-number';
import { appStore, useAppState } from '../../state/app-store';
import { datasetClassCounts } from '../../state/class-counts';
import type { CompareRun } from '../../state/compare-slice';
import {
  selectRowPoints,
  selectViewProjection,
  type ViewPoints,
  type ViewProjection,
} from '../../state/view-projection';
import { CompareSettings } from './CompareSettings';
import { CompareTile } from './CompareTile';
import { sameDomain, type TileView, tileDomain, tileRadius } from './tile-drawing';
import './compare.css';

const act = () => appStore.getState();

/** The small multiples, in place of the plot while open. */
export function CompareView() {
  const open = useAppState((s) => s.compareOpen);
  const data = useAppState((s) => s.dataset);
  const projection = useAppState(selectViewProjection);
  const rows = useAppState(selectRowPoints);
  if (!open || !data || !projection || !rows) return null;
  return <CompareBody data={data} projection={projection} rows={rows} />;
}

/** A tile's method in the main view; the focus follows to the plot as soon as it is back. */
function openInPlot(method: string) {
  void act().openComparedMethod(method);
  requestAnimationFrame(() => document.querySelector<SVGSVGElement>('svg.plot-svg')?.focus());
}

interface BodyProps {
  data: Dataset;
  projection: ViewProjection;
  rows: ViewPoints;
}

function CompareBody({ data, projection, rows }: BodyProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const tiles = useAppState((s) => s.compareTiles);
  const run = useAppState((s) => s.compareRun);
  const progress = useAppState((s) => s.compareProgress);
  useEffect(() => heading.current?.focus(), []);

  const counts = useMemo(() => datasetClassCounts(data), [data]);
  const styles = useMemo(() => classStyles(counts), [counts]);
  const order = useMemo(() => drawingOrder(counts), [counts]);
  const summaries = useMemo(() => tiles.flatMap((t) => (t.summary ? [t.summary] : [])), [tiles]);
  const fresh = useMemo(
    () => tileDomain(rows, summaries, projection),
    [rows, summaries, projection],
  );
  // A finished tile that stays inside the scales must not redraw the others (costly at 40k rows).
  const kept = useRef(fresh);
  if (!sameDomain(kept.current, fresh)) kept.current = fresh;
  const domain = kept.current;
  const most = summaries.reduce((top, s) => Math.max(top, s.syntheticY.length), 0);
  const radius = tileRadius(data.n + most);
  const view: TileView = { data, rows, projection, domain, styles, order, radius };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    act().closeCompare();
  };
  return (
    <section
      id="compare-view"
      className="compare-view"
      aria-labelledby="compare-title"
      onKeyDown={onKeyDown}
    >
      <div className="compare-head">
        <h2 id="compare-title" ref={heading} tabIndex={-1}>
          Compare variants
        </h2>
        <button type="button" onClick={() => act().closeCompare()}>
          Back to the plot
        </button>
      </div>
      <CompareSettings data={data} />
      {run && <RunNote run={run} data={data} view={view} />}
      {data.d === 0 ? (
        <p className="compare-note">
          This dataset has no numeric columns to plot; each tile shows its counts.
        </p>
      ) : null}
      <ul className="compare-grid" aria-label="Variants compared">
        {tiles.map((tile) => (
          <CompareTile
            key={tile.method}
            tile={tile}
            view={view}
            progress={progress}
            onOpen={openInPlot}
          />
        ))}
      </ul>
    </section>
  );
}

/** What every tile shares: the dataset, seed and k, and the scales; a note when they are out of date. */
function RunNote({ run, data, view }: { run: CompareRun; data: Dataset; view: TileView }) {
  const seed = useAppState((s) => s.seed);
  const k = useAppState((s) => s.k);
  const scaling = useAppState((s) => s.scaling);
  const stale = seed !== run.seed || k !== run.k || scaling !== run.scaling;
  const axis = (name: string, [lo, hi]: [number, number]) =>
    `${name} from ${formatNumber(lo)} to ${formatNumber(hi)}`;
  return (
    <p className="compare-note">
      {run.datasetName}, seed {run.seed}, k {run.k}, scaling {run.scaling}.{' '}
      {data.d > 0 &&
        `Same scales in every tile: x is ${axis(view.projection.xLabel, view.domain.x)}, y is ${axis(view.projection.yLabel, view.domain.y)}. `}
      Filled: real rows; hollow: synthetic; ×: removed by a cleaning step.
      {stale && (
        <strong className="compare-stale">
          {' '}
          The seed, k or scaling has changed since (now seed {seed}, k {k}, scaling {scaling}): run
          the comparison again to compare with them.
        </strong>
      )}
    </p>
  );
}
