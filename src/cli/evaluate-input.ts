// The evaluate command's input: the CSV read and decoded as the resample command reads it (size
// limit, strict UTF-8 when the io gives bytes), then loaded with the label guessed if not given.
import type { Dataset } from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import { DEFAULT_MAX_BYTES, decodeCsvBytes, tooLarge } from '../io/decode-text';
import { parseCsvText } from '../io/parse-csv';
import { loadTable } from '../io/table-to-dataset';
import { type CliIo, fileErrorReason } from './cli-io';

function inFile<T>(path: string, outcome: Outcome<T>): Outcome<T> {
  return outcome.ok ? outcome : fail(`${path}: ${outcome.error.message}`);
}

function readCsvText(path: string, io: CliIo): Outcome<string> {
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

/** The dataset, and the missing-cell warning to print, if any. */
export function readEvaluationData(
  path: string,
  label: string | undefined,
  io: CliIo,
): Outcome<{ dataset: Dataset; warning?: string }> {
  const text = readCsvText(path, io);
  if (!text.ok) return text;
  const table = inFile(path, parseCsvText(text.value));
  if (!table.ok) return table;
  const loaded = inFile(path, loadTable(table.value, { label }));
  if (!loaded.ok) return loaded;
  const { dataset, missing } = loaded.value;
  return ok(missing.message ? { dataset, warning: `${path}: ${missing.message}` } : { dataset });
}
