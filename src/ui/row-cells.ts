// A row's values in file column order, numbers formatted and categories by name.
import type { Dataset } from '../core/data/dataset';
import { formatNumber } from '../plot/format-number';

export interface Cell {
  name: string;
  text: string;
}

/** Cells from numeric values (d of them) and category codes (one per categorical column). */
export function cellsOf(
  data: Dataset,
  values: ArrayLike<number>,
  codes: ArrayLike<number>,
): Cell[] {
  return data.columns.map((ref) =>
    ref.kind === 'numeric'
      ? { name: data.featureNames[ref.index], text: formatNumber(values[ref.index]) }
      : {
          name: data.categorical[ref.index].name,
          text: data.categorical[ref.index].categories[codes[ref.index]] ?? '?',
        },
  );
}

/** The cells of input row `row`. */
export function rowCells(data: Dataset, row: number): Cell[] {
  const values = data.X.subarray(row * data.d, (row + 1) * data.d);
  const codes = data.categorical.map((column) => column.codes[row]);
  return cellsOf(data, values, codes);
}
