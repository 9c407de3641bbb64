// How a pool row of a ResampleResult reads in the input file's terms: its input row (none for a
// synthetic row), its label as written, its feature values in input column order, its provenance.
import type { ColumnRef, Dataset } from '../core/data/dataset';
import type { ResampleResult } from '../core/sampling/types';

export type CellValue = number | string;

/** One input column: the label, or a feature of the dataset. */
export type InputColumn = { kind: 'label' } | ColumnRef;

export interface ResultRow {
  /** The 0-based data row of the input, or null for a synthetic row. */
  row: number | null;
  label: string;
  /** Feature values in input column order: numbers for numeric, strings for categorical. */
  values: CellValue[];
  anchor: number | null;
  neighbor: number | null;
  gap: number | null;
}

function columnName(data: Dataset, ref: ColumnRef): string {
  return ref.kind === 'numeric' ? data.featureNames[ref.index] : data.categorical[ref.index].name;
}

/**
 * The input file's columns in their order. The Dataset does not keep where the label column was,
 * so the file's header is passed in; without it the label goes last.
 */
export function inputColumns(data: Dataset, header?: readonly string[]): InputColumn[] {
  if (!header) return [...data.columns, { kind: 'label' }];
  const byName = new Map(data.columns.map((ref) => [columnName(data, ref), ref]));
  const columns = header.map((name): InputColumn => {
    if (name === data.labelName) return { kind: 'label' };
    const ref = byName.get(name);
    if (!ref) throw new Error(`header column '${name}' is not a column of the dataset`);
    return ref;
  });
  if (columns.length !== data.columns.length + 1) {
    throw new Error(
      `the header has ${header.length} columns, the dataset ${data.columns.length + 1}`,
    );
  }
  return columns;
}

export function inputColumnName(data: Dataset, column: InputColumn): string {
  return column.kind === 'label' ? data.labelName : columnName(data, column);
}

/** The value of pool row `p` in one feature column. */
export function featureValue(data: Dataset, ref: ColumnRef, p: number): CellValue {
  if (ref.kind === 'numeric') return data.X[p * data.d + ref.index];
  const col = data.categorical[ref.index];
  return col.categories[col.codes[p]];
}

export function describePoolRow(result: ResampleResult, p: number): ResultRow {
  const { pool, nInput, provenance } = result;
  const s = p - nInput;
  const synthetic = s >= 0;
  const neighbor = synthetic ? provenance.neighbor[s] : -1;
  const gap = synthetic ? provenance.gap[s] : Number.NaN;
  return {
    row: synthetic ? null : p,
    label: pool.classNames[pool.y[p]],
    values: pool.columns.map((ref) => featureValue(pool, ref, p)),
    anchor: synthetic ? provenance.anchor[s] : null,
    neighbor: neighbor >= 0 ? neighbor : null,
    gap: Number.isNaN(gap) ? null : gap,
  };
}
