// CSV text -> a table of strings, the simple path for small files (the streaming path in
// stream-csv.ts reads columns straight into typed arrays). Both share csv-records.ts, so they
// detect the same delimiter, header and decimal commas and report the same problems.
import { fail, type Outcome, ok } from '../core/outcome';
import type { CsvFormat } from './csv-format';
import { CsvRecordReader } from './csv-records';

export interface Table {
  header: string[];
  /** Data rows (header excluded); row r of the file's data is rows[r]. */
  rows: string[][];
  delimiter: string;
  /** False when the first line was data: the columns are then named col1, col2, … */
  hasHeader?: boolean;
  /** True when numbers are written with a decimal comma (1,5 in a semicolon file). */
  decimalComma?: boolean;
  /** Per data row, its line in the file (1-based, header and blank lines counted). */
  lines?: number[];
}

export function parseCsvText(text: string): Outcome<Table> {
  let header: string[] = [];
  let format: CsvFormat | undefined;
  let hasHeader = true;
  const rows: string[][] = [];
  const lines: number[] = [];
  const reader = new CsvRecordReader({
    start(names, detected, withHeader) {
      header = names;
      format = detected;
      hasHeader = withHeader;
    },
    row(cells, place) {
      rows.push(cells);
      lines.push(place.line);
      return undefined;
    },
  });
  const problem = reader.push(text) ?? reader.end();
  if (problem) return problem;
  if (!format) return fail('the file is empty');
  const { delimiter, decimalComma } = format;
  return ok({ header, rows, delimiter, hasHeader, decimalComma, lines });
}
