// Which column is the label, when the caller does not say: one named like a label, else the last.

const LABEL_NAMES = ['label', 'class', 'target', 'y'];

/** The label column's index: the first named label, class, target or y (any case), else the last. */
export function guessLabelColumn(header: readonly string[]): number {
  const lower = header.map((name) => name.trim().toLowerCase());
  for (const wanted of LABEL_NAMES) {
    const j = lower.indexOf(wanted);
    // Beside a column x, y is a coordinate rather than a target.
    if (j >= 0 && !(wanted === 'y' && lower.includes('x'))) return j;
  }
  return header.length - 1;
}

/** The class with the fewest rows (the first in class order on a tie). */
export function minorityClass(counts: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] < counts[best]) best = c;
  return best;
}
