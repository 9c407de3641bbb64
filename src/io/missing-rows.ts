// Rows with a missing or non-finite cell are kept out of resampling, or filled in on request:
// median for a numeric column, most frequent category for a categorical one. The label is never
// guessed, so a row without a label is always left out. The parsed columns are not changed.
export type MissingAction = 'drop' | 'impute';

export interface MissingReport {
  action: MissingAction;
  /** Rows with at least one missing or non-finite cell. */
  rows: number;
  /** The first few such rows, as 1-based data row numbers. */
  firstDataRows: number[];
  /** Rows left out of resampling (all of them for drop; those without a label for impute). */
  dropped: number;
  /** Cells filled in (impute only). */
  imputed: number;
  /** One line for the user, or undefined when nothing was missing. */
  message: string | undefined;
}

const SHOWN_ROWS = 5;

/** Per row: 0 complete, 1 a feature cell missing, 2 the label missing. */
export function markMissing(
  numeric: Float64Array[],
  categorical: Int32Array[],
  labelCodes: Int32Array,
): Uint8Array {
  const n = labelCodes.length;
  const mark = new Uint8Array(n);
  for (const values of numeric)
    for (let i = 0; i < n; i++) if (Number.isNaN(values[i])) mark[i] = 1;
  for (const codes of categorical) for (let i = 0; i < n; i++) if (codes[i] < 0) mark[i] = 1;
  for (let i = 0; i < n; i++) if (labelCodes[i] < 0) mark[i] = 2;
  return mark;
}

export function missingReport(
  mark: Uint8Array,
  action: MissingAction,
  imputed: number,
): MissingReport {
  let rows = 0;
  let dropped = 0;
  const firstDataRows: number[] = [];
  for (let i = 0; i < mark.length; i++) {
    if (mark[i] === 0) continue;
    rows++;
    if (firstDataRows.length < SHOWN_ROWS) firstDataRows.push(i + 1);
    if (action === 'drop' || mark[i] === 2) dropped++;
  }
  if (rows === 0) return { action, rows, firstDataRows, dropped, imputed, message: undefined };
  const which = `data row${rows > 1 ? 's' : ''} ${firstDataRows.join(', ')}${rows > SHOWN_ROWS ? ', …' : ''}`;
  const what = `${rows} row${rows > 1 ? 's have' : ' has'} missing or non-finite cells (${which})`;
  const message =
    action === 'drop'
      ? `${what}; left out of resampling`
      : `${what}; ${imputed} cell${imputed === 1 ? '' : 's'} imputed` +
        (dropped > 0 ? `, ${dropped} row${dropped > 1 ? 's' : ''} without a label left out` : '');
  return { action, rows, firstDataRows, dropped, imputed, message };
}

/** The median of the present (non-NaN) values, 0 when none is present. */
export function presentMedian(values: Float64Array): number {
  const present = values.filter((v) => !Number.isNaN(v)).sort();
  const m = present.length;
  if (m === 0) return 0;
  const mid = m >> 1;
  return m % 2 === 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}

/** The code seen most often (the smallest code on a tie), -1 when every cell is missing. */
export function mostFrequentCode(codes: Int32Array, categories: number): number {
  const counts = new Int32Array(categories);
  for (const c of codes) if (c >= 0) counts[c]++;
  let best = -1;
  for (let c = 0; c < categories; c++)
    if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) best = c;
  return best;
}
