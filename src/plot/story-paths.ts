// SVG path data for the marks that tell a method's story (danger rings, removal crosses, weight
// circles, extrapolation stubs): every mark of one kind goes into one path element, so thousands of
// marks cost one DOM node and a string, and zooming stays fast.
import type { PlotColumns } from './plot-columns';
import type { PlotArea, PlotScales } from './scales';

export type MarkerShape = 'ring' | 'square' | 'diamond' | 'cross';

/** Rows on screen: their positions, x then y, and which rows they are (those inside the area). */
export interface ScreenSet {
  xy: Float64Array;
  rows: Int32Array;
}

/** The given rows that fall inside the plot area (with a margin), at their screen positions. */
export function screenPoints(
  rows: ArrayLike<number>,
  columns: PlotColumns,
  scales: PlotScales,
  area: PlotArea,
  margin = 12,
): ScreenSet {
  const xy = new Float64Array(rows.length * 2);
  const kept = new Int32Array(rows.length);
  let count = 0;
  const [left, right] = [area.left - margin, area.left + area.width + margin];
  const [top, bottom] = [area.top - margin, area.top + area.height + margin];
  for (let r = 0; r < rows.length; r++) {
    const x = scales.x(columns.xs[rows[r]]);
    const y = scales.y(columns.ys[rows[r]]);
    if (x < left || x > right || y < top || y > bottom) continue;
    xy[count * 2] = x;
    xy[count * 2 + 1] = y;
    kept[count++] = rows[r];
  }
  return { xy: xy.subarray(0, count * 2), rows: kept.subarray(0, count) };
}

const round = (v: number) => Math.round(v * 10) / 10;

function marker(shape: MarkerShape, x: number, y: number, r: number): string {
  const [l, t, s] = [round(x - r), round(y - r), round(2 * r)];
  switch (shape) {
    case 'ring':
      return `M${round(x + r)},${round(y)}a${r},${r} 0 1,0 ${-s},0a${r},${r} 0 1,0 ${s},0`;
    case 'square':
      return `M${l},${t}h${s}v${s}h${-s}z`;
    case 'diamond':
      return `M${round(x)},${t}l${r},${r}l${-r},${r}l${-r},${-r}z`;
    case 'cross':
      return `M${l},${t}l${s},${s}M${round(x + r)},${t}l${-s},${s}`;
  }
}

/** One marker of radius r at each position. */
export function markerPath(xy: Float64Array, shape: MarkerShape, r: number): string {
  const parts: string[] = new Array(xy.length / 2);
  for (let p = 0; p < xy.length; p += 2) parts[p / 2] = marker(shape, xy[p], xy[p + 1], r);
  return parts.join('');
}

/** Circles with their own radii (radii[i] for position i); radius 0 draws nothing. */
export function circlesPath(xy: Float64Array, radii: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let p = 0; p < xy.length; p += 2) {
    const r = round(radii[p / 2]);
    if (r > 0) parts.push(marker('ring', xy[p], xy[p + 1], r));
  }
  return parts.join('');
}

/** Straight segments, each given as x1, y1, x2, y2. */
export function segmentsPath(ends: Float64Array): string {
  const parts: string[] = new Array(ends.length / 4);
  for (let p = 0; p < ends.length; p += 4) {
    parts[p / 4] =
      `M${round(ends[p])},${round(ends[p + 1])}L${round(ends[p + 2])},${round(ends[p + 3])}`;
  }
  return parts.join('');
}

/** How many markers a path from markerPath or circlesPath holds (one move-to per marker, two per cross). */
export function countMarkers(d: string, shape: MarkerShape = 'ring'): number {
  const moves = d.split('M').length - 1;
  return shape === 'cross' ? moves / 2 : moves;
}
