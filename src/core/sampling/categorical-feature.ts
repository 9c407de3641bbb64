// SMOTENC and SMOTEN vote categories; a numeric column may take part as a categorical one. Its
// categories are its distinct values, sorted numerically as imbalanced-learn's encoders sort them,
// and a voted category is written back as one of those values, so the column stays numeric.
import type { ColumnRef, Dataset } from '../data/dataset';
import type { SyntheticRows } from './synthetic-rows';

export interface CategoricalFeature {
  /** Category code per input row. */
  codes: Int32Array;
  /** Number of categories. */
  size: number;
  column: ColumnRef;
  /** For a numeric column: the value of each code, ascending. */
  values?: Float64Array;
}

export function categoricalFeature(data: Dataset, column: ColumnRef): CategoricalFeature {
  if (column.kind === 'categorical') {
    const col = data.categorical[column.index];
    return { codes: col.codes, size: col.categories.length, column };
  }
  const { n, d, X } = data;
  const j = column.index;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = X[i * d + j];
  values.sort();
  let size = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || values[i] !== values[i - 1]) values[size++] = values[i];
  const distinct = values.slice(0, size);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = lowerBound(distinct, X[i * d + j]);
  return { codes, size, column, values: distinct };
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sets synthetic row r's value of this feature to category `code`. */
export function writeCategory(
  out: SyntheticRows,
  r: number,
  feature: CategoricalFeature,
  code: number,
): void {
  const { column } = feature;
  if (column.kind === 'categorical') out.codes[column.index][r] = code;
  else out.X[r * out.data.d + column.index] = feature.values![code];
}
