// Colour-blind-safe colours (Okabe and Ito) and a different shape per class, so the classes stay
// apart in greyscale too. The largest class gets the calm blue circle; the rarer ones stand out.
import type { ShapeName } from './shapes';

export interface ClassStyle {
  color: string;
  shape: ShapeName;
  /** Fill of hollow (synthetic) points: the plot's background. */
  hollowFill: string;
  /** Stroke width of hollow points, in CSS pixels; null picks it by point size. */
  hollowWidth: number | null;
  /** A ring drawn round filled points, for themes that need the marks to stand out. */
  outline: { color: string; width: number } | null;
}

/** A theme's colours for the classes, by class size rank, and how its points are drawn. */
export interface ClassPalette {
  colors: readonly string[];
  hollowFill: string;
  hollowWidth: number | null;
  outline: ClassStyle['outline'];
}

/** The ring's width at this point size: thinner on small points, none on the dots of dense plots. */
export function outlineWidth(style: ClassStyle, radius: number): number {
  return style.outline && radius >= 3 ? Math.min(style.outline.width, radius * 0.3) : 0;
}

const SHAPES: ShapeName[] = ['circle', 'triangle', 'square', 'diamond', 'cross', 'hexagon'];

export const LIGHT_PALETTE: ClassPalette = {
  colors: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'],
  hollowFill: '#fff',
  hollowWidth: null,
  outline: null,
};

/** One style per class code, assigned by class size (ties keep label order). */
export function classStyles(
  counts: ArrayLike<number>,
  palette: ClassPalette = LIGHT_PALETTE,
): ClassStyle[] {
  const order = Array.from(counts, (_, c) => c).sort((a, b) => counts[b] - counts[a] || a - b);
  const styles: ClassStyle[] = new Array(counts.length);
  const { colors, ...drawing } = palette;
  order.forEach((c, rank) => {
    styles[c] = {
      color: colors[rank % colors.length],
      shape: SHAPES[rank % SHAPES.length],
      ...drawing,
    };
  });
  return styles;
}

/** Class codes from the largest class to the smallest: the drawing order, so rare points stay on top. */
export function drawingOrder(counts: ArrayLike<number>): number[] {
  return Array.from(counts, (_, c) => c).sort((a, b) => counts[b] - counts[a] || a - b);
}
