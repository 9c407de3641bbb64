// Builds small datasets with text columns for the SMOTENC and SMOTEN tests.
import type { Dataset } from '../../../src/core/data/dataset';

/** `data` with a text column appended after its features (categories sorted, as the CSV reader does). */
export function withTextColumn(data: Dataset, name: string, values: readonly string[]): Dataset {
  const categories = [...new Set(values)].sort();
  const codes = Int32Array.from(values, (v) => categories.indexOf(v));
  return {
    ...data,
    categorical: [...data.categorical, { name, codes, categories }],
    columns: [...data.columns, { kind: 'categorical', index: data.categorical.length }],
  };
}

/** The text of row i's categorical column `name` in a result pool. */
export function textAt(pool: Dataset, name: string, i: number): string {
  const col = pool.categorical.find((c) => c.name === name)!;
  return col.categories[col.codes[i]];
}
