// A table of strings -> a Dataset: numeric columns become features, text columns categorical.
import type { Dataset } from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import { ColumnBuilder, type ReadColumn } from './column-builder';
import { columnsToDataset, type LoadedData, type LoadOptions } from './columns-to-dataset';
import { isNumberCell } from './csv-cells';
import type { Table } from './parse-csv';

export interface SchemaOptions {
  /** The label column; defaults to the last column. */
  label?: string;
  /** Columns to treat as categorical even when their values are numbers. */
  categorical?: string[];
}

/** True when a cell is a finite number written with a decimal point. */
export function isNumberText(s: string): boolean {
  return isNumberCell(s);
}

/** The table's columns, read as the streaming parser reads them. */
export function tableColumns(table: Table): ReadColumn[] {
  const { header, rows } = table;
  // Strings are at hand already: every column keeps its text, for whichever becomes the label.
  const builders = header.map((name) => new ColumnBuilder(name, table.decimalComma ?? false, true));
  const offset = table.hasHeader === false ? 0 : 1;
  rows.forEach((row, r) => {
    const place = { line: table.lines?.[r] ?? r + 1 + offset, dataRow: r + 1 };
    builders.forEach((builder, j) => {
      builder.push(row[j], place);
    });
  });
  return builders.map((b) => b.finish());
}

/** The table as a Dataset with its schema and missing-cell report; the label is guessed if not given. */
export function loadTable(table: Table, options: LoadOptions = {}): Outcome<LoadedData> {
  return columnsToDataset(tableColumns(table), options);
}

export function tableToDataset(table: Table, options: SchemaOptions = {}): Outcome<Dataset> {
  if (table.header.length === 0) return fail('the file is empty');
  const label = options.label ?? table.header[table.header.length - 1];
  const loaded = loadTable(table, { ...options, label });
  return loaded.ok ? ok(loaded.value.dataset) : loaded;
}
