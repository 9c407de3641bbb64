// Splits CSV text, pushed in chunks of any size, into records: a chunk boundary may fall inside
// a quoted field or between \r and \n. Papaparse reads each run of whole records; this class
// finds where a run ends (a newline outside quotes), numbers lines, and checks the header and
// the field counts, so that every parse path reports the same problems at the same places.
import Papa from 'papaparse';
import { type Failure, fail } from '../core/outcome';
import { isNumberCell } from './csv-cells';
import { type CsvFormat, detectFormat } from './csv-format';
import { type RowPlace, rowPlace } from './csv-place';

export interface RecordSink {
  /** Called once, before any row: the column names (col1, col2… when the file has none). */
  start(header: string[], format: CsvFormat, hasHeader: boolean): void;
  /** One data row with as many cells as the header; a Failure stops the parse. */
  row(cells: string[], place: RowPlace): Failure | undefined;
}

/** Enough text to guess the delimiter from, before the first records are read. */
const SAMPLE_CHARS = 64 * 1024;
const QUOTE = 34;
const NEWLINE = 10;

function isBlank(row: string[]): boolean {
  return row.length === 1 && row[0].trim() === '';
}

function headerProblem(names: string[]): Failure | undefined {
  const seen = new Map<string, number>();
  for (let j = 0; j < names.length; j++) {
    if (names[j] === '') return fail(`column ${j + 1} has no name in the header (line 1)`);
    const before = seen.get(names[j]);
    if (before !== undefined) {
      return fail(`duplicate column name '${names[j]}' (columns ${before + 1} and ${j + 1})`);
    }
    seen.set(names[j], j);
  }
  return undefined;
}

export class CsvRecordReader {
  private pending = '';
  private scanned = 0;
  private inQuote = false;
  /** Where the last newline outside quotes ends in `pending` (0: none yet). */
  private cut = 0;
  private consumed = 0;
  private format: CsvFormat | undefined;
  private hasHeader = true;
  private columns = -1;
  private line = 0;
  private dataRows = 0;
  private failure: Failure | undefined;

  constructor(
    private readonly sink: RecordSink,
    private readonly maxRows = Number.POSITIVE_INFINITY,
  ) {}

  get rows(): number {
    return this.dataRows;
  }

  push(text: string): Failure | undefined {
    if (this.failure) return this.failure;
    if (this.consumed === 0 && this.pending === '' && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      const at = this.consumed + this.pending.length + nul + 1;
      return this.stop(fail(`the file looks binary, not CSV text (a NUL byte at character ${at})`));
    }
    this.pending += text;
    const { pending } = this;
    for (let i = this.scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === QUOTE) this.inQuote = !this.inQuote;
      else if (c === NEWLINE && !this.inQuote) this.cut = i + 1;
    }
    this.scanned = pending.length;
    if (this.cut === 0 || (!this.format && this.cut < SAMPLE_CHARS)) return undefined;
    const block = pending.slice(0, this.cut);
    this.pending = pending.slice(this.cut);
    this.scanned -= this.cut;
    this.consumed += this.cut;
    this.cut = 0;
    return this.read(block);
  }

  /** Reads what is left; fails for an empty file, a header without rows or an open quote. */
  end(): Failure | undefined {
    if (this.failure) return this.failure;
    if (this.pending !== '') {
      const block = this.pending;
      this.pending = '';
      const problem = this.read(block);
      if (problem) return problem;
    }
    if (this.columns < 0) return this.stop(fail('the file is empty'));
    if (this.dataRows === 0) return this.stop(fail('the file has a header line but no data rows'));
    return undefined;
  }

  private stop(failure: Failure): Failure {
    this.failure = failure;
    return failure;
  }

  private read(block: string): Failure | undefined {
    this.format ??= detectFormat(block);
    const { delimiter, newline } = this.format;
    const parsed = Papa.parse<string[]>(block, { delimiter, newline, quoteChar: '"' });
    const rows = parsed.data;
    // Papaparse ends a block that ends in a newline with one empty record: not a line of the file.
    if (block.endsWith('\n') && rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
    const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
    const badRow = quoteError?.row ?? rows.length;
    for (let r = 0; r < rows.length; r++) {
      this.line++;
      if (r === badRow) {
        const what = quoteError?.code === 'MissingQuotes' ? 'is never closed' : 'is malformed';
        return this.stop(fail(`line ${this.line}: a quoted field ${what}`));
      }
      const problem = this.record(rows[r]);
      if (problem) return this.stop(problem);
    }
    return undefined;
  }

  private record(row: string[]): Failure | undefined {
    if (isBlank(row)) return undefined;
    if (this.columns < 0) {
      this.columns = row.length;
      const format = this.format!;
      this.hasHeader = !row.every((cell) => isNumberCell(cell, format.decimalComma));
      const names = this.hasHeader
        ? row.map((name) => name.trim())
        : row.map((_, j) => `col${j + 1}`);
      const problem = this.hasHeader ? headerProblem(names) : undefined;
      if (problem) return problem;
      this.sink.start(names, format, this.hasHeader);
      if (this.hasHeader) return undefined;
    }
    this.dataRows++;
    const place = { line: this.line, dataRow: this.dataRows };
    if (this.dataRows > this.maxRows) {
      return fail(`the file has more than ${this.maxRows} data rows, the limit (maxRows)`);
    }
    if (row.length !== this.columns) {
      const other = this.hasHeader ? 'the header has' : 'the first line has';
      return fail(`${rowPlace(place)} has ${row.length} fields, ${other} ${this.columns}`);
    }
    return this.sink.row(row, place);
  }
}
