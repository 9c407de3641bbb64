import { useEffect, useId, useRef } from 'react';
import { useElementSize } from '../../plot/use-element-size';
import type { CompareTile as Tile } from '../../state/compare-slice';
import { drawTile, type TileView } from './tile-drawing';
import { tileMadeText, tileName } from './tile-text';

const PENDING: Record<Tile['status'], string> = {
  waiting: 'Waiting…',
  running: 'Running…',
  done: '',
  error: '',
  cancelled: 'Not run: cancelled.',
};

/** One variant's tile: a button that opens it in the main view once it has run. */
export function CompareTile({
  tile,
  view,
  progress,
  onOpen,
}: {
  tile: Tile;
  view: TileView;
  progress: number;
  onOpen: (method: string) => void;
}) {
  const id = useId();
  const summary = tile.summary;
  const names = view.data.classNames;
  if (tile.status !== 'done' || !summary) {
    const running = tile.status === 'running';
    return (
      <li className="compare-tile" data-method={tile.method} data-status={tile.status}>
        <div className="compare-tile-pending">
          <span className="compare-tile-method">{tile.method}</span>
          {tile.status === 'error' ? (
            <span className="compare-tile-error">{tile.error}</span>
          ) : (
            <span className="compare-tile-wait">
              {running ? `Running… ${Math.round(progress * 100)}%` : PENDING[tile.status]}
            </span>
          )}
        </div>
      </li>
    );
  }
  const warnings = summary.warnings;
  return (
    <li className="compare-tile" data-method={tile.method} data-status="done">
      <button
        type="button"
        className="compare-tile-button"
        aria-label={tileName(summary, names)}
        aria-describedby={warnings.length > 0 ? `${id}-made ${id}-warnings` : `${id}-made`}
        onClick={() => onOpen(tile.method)}
      >
        <span className="compare-tile-method">{tile.method}</span>
        <TileCanvas tile={tile} view={view} />
        <span className="compare-tile-counts">
          {view.order.map((c) => (
            <span key={names[c]}>
              {names[c]}{' '}
              <b>
                {summary.countsBefore[c]} → {summary.countsAfter[c]}
              </b>
            </span>
          ))}
        </span>
        <span id={`${id}-made`} className="compare-tile-made">
          {tileMadeText(summary)}
        </span>
      </button>
      {warnings.length > 0 && (
        <ul id={`${id}-warnings`} className="compare-tile-warnings" aria-label="Warnings">
          {warnings.map((text) => (
            <li key={text}>
              <span aria-hidden="true">⚠</span> {text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function TileCanvas({ tile, view }: { tile: Tile; view: TileView }) {
  const [boxRef, size] = useElementSize<HTMLSpanElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { summary } = tile;
  const { data, rows, projection, domain, styles, order, radius } = view;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !summary || size.width < 2 || size.height < 2) return;
    const drawn = drawTile(canvas, {
      data,
      summary,
      rows,
      projection,
      domain,
      styles,
      order,
      radius,
      width: size.width,
      height: size.height,
    });
    canvas.dataset.real = String(drawn.real);
    canvas.dataset.synthetic = String(drawn.synthetic);
    canvas.dataset.removed = String(drawn.removed);
  }, [summary, data, rows, projection, domain, styles, order, radius, size]);
  // Without numeric columns there is nothing to plot; the counts say it all.
  if (data.d === 0) return null;
  return (
    <span className="compare-tile-plot" ref={boxRef}>
      <canvas ref={canvasRef} style={size} />
    </span>
  );
}
