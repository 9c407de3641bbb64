// Colour-blind-safe colours (Okabe and Ito) and a different shape per class, so the classes stay
// apart in greyscale too. The largest class gets the calm blue circle; the rarer ones stand out.
import type { ShapeName } from './shapes';

export interface ClassStyle {
  color: string;
  shape: ShapeName;
}

const STYLES: ClassStyle[] = [
  { color: '#0072B2', shape: 'circle' },
  { color: '#D55E00', shape: 'triangle' },
  { color: '#009E73', shape: 'square' },
  { color: '#CC79A7', shape: 'diamond' },
  { color: '#E69F00', shape: 'cross' },
  { color: '#56B4E9', shape: 'hexagon' },
];

/** One style per class code, assigned by class size (ties keep label order). */
export function classStyles(counts: ArrayLike<number>): ClassStyle[] {
  const order = Array.from(counts, (_, c) => c).sort((a, b) => counts[b] - counts[a] || a - b);
  const styles: ClassStyle[] = new Array(counts.length);
  order.forEach((c, rank) => {
    styles[c] = STYLES[rank % STYLES.length];
  });
  return styles;
}

/** Class codes from the largest class to the smallest: the drawing order, so rare points stay on top. */
export function drawingOrder(counts: ArrayLike<number>): number[] {
  return Array.from(counts, (_, c) => c).sort((a, b) => counts[b] - counts[a] || a - b);
}
