// Guesses how a CSV is written from its first records: delimiter, decimal commas, line ending.
import Papa from 'papaparse';
import { isDecimalCommaCell, isNumberCell } from './csv-cells';

export interface CsvFormat {
  delimiter: string;
  /** True when numbers are written 1,5 (only in files not separated by commas). */
  decimalComma: boolean;
  newline: '\n' | '\r\n';
}

/** In order of preference when two delimiters read the sample equally well. */
const DELIMITERS = [',', ';', '\t', '|'];
const SAMPLE_RECORDS = 50;

interface Reading {
  delimiter: string;
  /** Share of non-blank records with the first record's field count. */
  consistency: number;
  fields: number;
  numbers: number;
  decimalCommas: number;
}

function read(sample: string, delimiter: string): Reading {
  const rows = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_RECORDS }).data.filter(
    (row) => row.length > 1 || (row[0] ?? '').trim() !== '',
  );
  const fields = rows[0]?.length ?? 0;
  let same = 0;
  let numbers = 0;
  let decimalCommas = 0;
  for (const row of rows) {
    if (row.length === fields) same++;
    for (const cell of row) {
      const comma = delimiter !== ',' && isDecimalCommaCell(cell);
      if (comma) decimalCommas++;
      if (comma || isNumberCell(cell)) numbers++;
    }
  }
  return {
    delimiter,
    consistency: rows.length ? same / rows.length : 0,
    fields,
    numbers,
    decimalCommas,
  };
}

function better(a: Reading, b: Reading): boolean {
  const aSplits = a.fields > 1;
  const bSplits = b.fields > 1;
  if (aSplits !== bSplits) return aSplits;
  if (a.consistency !== b.consistency) return a.consistency > b.consistency;
  // `1,5;2,25;yes` splits evenly on both: the delimiter that leaves numbers behind wins.
  return a.numbers > b.numbers;
}

/** The format of a sample of whole records (the first 64 KiB or so is plenty). */
export function detectFormat(sample: string): CsvFormat {
  let best = read(sample, DELIMITERS[0]);
  for (const delimiter of DELIMITERS.slice(1)) {
    const reading = read(sample, delimiter);
    if (better(reading, best)) best = reading;
  }
  const firstBreak = sample.indexOf('\n');
  return {
    delimiter: best.delimiter,
    decimalComma: best.decimalCommas > 0,
    newline: firstBreak > 0 && sample[firstBreak - 1] === '\r' ? '\r\n' : '\n',
  };
}
