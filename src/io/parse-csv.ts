// CSV text -> a table of strings (papaparse: delimiter detection, quotes, CRLF, BOM).
import Papa from 'papaparse';
import { fail, type Outcome, ok } from '../core/outcome';

export interface Table {
  header: string[];
  /** Data rows (header excluded); row r of the file's data is rows[r]. */
  rows: string[][];
  delimiter: string;
}

export function parseCsvText(text: string): Outcome<Table> {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.includes('\u0000'))
    return fail('the file looks binary (it contains NUL bytes), not CSV text');
  if (clean.trim() === '') return fail('the file is empty');
  const parsed = Papa.parse<string[]>(clean, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const [header, ...rows] = parsed.data;
  if (!header) return fail('the file is empty');
  const names = header.map((h) => h.trim());
  const seen = new Map<string, number>();
  for (let j = 0; j < names.length; j++) {
    if (names[j] === '') return fail(`column ${j + 1} has no name in the header`);
    const before = seen.get(names[j]);
    if (before !== undefined) {
      return fail(`duplicate column name '${names[j]}' (columns ${before + 1} and ${j + 1})`);
    }
    seen.set(names[j], j);
  }
  if (rows.length === 0) return fail('the file has a header but no data rows');
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].length !== names.length) {
      return fail(`row ${r + 1} has ${rows[r].length} fields, the header has ${names.length}`);
    }
  }
  return ok({ header: names, rows, delimiter: parsed.meta.delimiter });
}
