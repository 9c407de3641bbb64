// One-hot columns in a numeric dataset, and the synthetic rows that broke them: a cell that is
// neither 0 nor 1 is a fraction of a category, which no real row has.
import type { Dataset } from '../../core/data/dataset';

/** Numeric columns whose every input value is 0 or 1. */
export function binaryColumns(data: Dataset): number[] {
  const { X, d, n } = data;
  const columns: number[] = [];
  for (let j = 0; j < d; j++) {
    let binary = n > 0;
    for (let i = 0; i < n && binary; i++) binary = X[i * d + j] === 0 || X[i * d + j] === 1;
    if (binary) columns.push(j);
  }
  return columns;
}

/** Indices of the synthetic rows (row-major, d wide) with a value other than 0 or 1 in `columns`. */
export function fractionalRows(X: Float64Array, d: number, columns: readonly number[]): number[] {
  const rows: number[] = [];
  for (let i = 0; i * d < X.length; i++) {
    if (columns.some((j) => X[i * d + j] !== 0 && X[i * d + j] !== 1)) rows.push(i);
  }
  return rows;
}
