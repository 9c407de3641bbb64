// How both commands read their CSV: the size checked first, bytes decoded strictly as UTF-8 when
// the io can read bytes, then parsed and loaded. The label is the last column unless --label
// names another (the command's contract; the app guesses instead and shows its guess).
import type { Dataset } from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import { DEFAULT_MAX_BYTES, decodeCsvBytes, tooLarge } from '../io/decode-text';
import { parseCsvText, type Table } from '../io/parse-csv';
import { loadTable } from '../io/table-to-dataset';
import { type CliIo, fileErrorReason } from './cli-io';

function inFile<T>(path: string, outcome: Outcome<T>): Outcome<T> {
  return outcome.ok ? outcome : fail(`${path}: ${outcome.error.message}`);
}

function readText(path: string, io: CliIo): Outcome<string> {
  const maxBytes = io.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const size = io.fileSize?.(path);
    if (size !== undefined && size > maxBytes) return fail(`${path}: ${tooLarge(size, maxBytes)}`);
    if (!io.readBytes) return ok(io.readFile(path));
    return inFile(path, decodeCsvBytes(io.readBytes(path), maxBytes));
  } catch (error) {
    return fail(`cannot read '${path}': ${fileErrorReason(error)}`);
  }
}

export interface CsvInput {
  table: Table;
  dataset: Dataset;
  /** Rows left out for missing cells, as a warning line to print, if any. */
  warning?: string;
}

export function readDataset(path: string, label: string | undefined, io: CliIo): Outcome<CsvInput> {
  const text = readText(path, io);
  if (!text.ok) return text;
  const table = inFile(path, parseCsvText(text.value));
  if (!table.ok) return table;
  const { header } = table.value;
  const loaded = inFile(
    path,
    loadTable(table.value, { label: label ?? header[header.length - 1] }),
  );
  if (!loaded.ok) return loaded;
  const { dataset, missing } = loaded.value;
  const warning = missing.message ? `${path}: ${missing.message}` : undefined;
  return ok({ table: table.value, dataset, warning });
}
