import { useMemo } from 'react';
import { type ClassStyle, classStyles, drawingOrder } from '../plot/class-styles';
import { usePlotTheme } from '../plot/plot-theme';
import { shapePath } from '../plot/shapes';
import { useAppState } from '../state/app-store';
import { datasetClassCounts } from '../state/class-counts';
import { StoryLegendItems } from './StoryLegend';

function Swatch({ style, hollow }: { style: ClassStyle; hollow?: boolean }) {
  const { shape, color, outline } = style;
  const stroke = hollow ? color : (outline?.color ?? color);
  const width = hollow ? (style.hollowWidth ?? 1.6) : (outline?.width ?? 0);
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className="swatch">
      <path
        d={shapePath(shape, 5)}
        fill={hollow ? style.hollowFill : color}
        stroke={stroke}
        strokeWidth={width}
      />
    </svg>
  );
}

const OVERLAY_MARKS = [
  { label: 'anchor', mark: <circle r="6" className="legend-anchor" /> },
  { label: 'neighbour', mark: <circle r="6" className="legend-neighbor" /> },
  { label: 'λ point', mark: <path d={shapePath('diamond', 5)} className="legend-manual" /> },
];

/** Each class's colour, shape and count (before → after once resampled), the method's marks, the overlay marks. */
export function Legend() {
  const data = useAppState((s) => s.dataset);
  const result = useAppState((s) => s.result);
  const counts = useMemo(() => (data ? datasetClassCounts(data) : null), [data]);
  const { palette } = usePlotTheme();
  if (!data || !counts) return null;
  const styles = classStyles(counts, palette);
  return (
    <ul className="legend" aria-label="Legend">
      {drawingOrder(counts).map((c) => (
        <li key={data.classNames[c]}>
          <Swatch style={styles[c]} />
          {data.classNames[c]}{' '}
          <span className="count">
            {result ? `${counts[c]} → ${result.countsAfter[c]}` : counts[c]}
          </span>
        </li>
      ))}
      <li>
        <Swatch style={styles[drawingOrder(counts).at(-1)!]} hollow />
        synthetic
      </li>
      {result && <StoryLegendItems result={result} />}
      {OVERLAY_MARKS.map(({ label, mark }) => (
        <li key={label}>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className="swatch">
            {mark}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
