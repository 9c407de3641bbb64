// The streaming path for large files: a string, bytes, a Blob/File or any async stream of
// chunks (a Node Readable) is decoded strictly as UTF-8 chunk by chunk, split into records, and
// each cell goes straight into its column's typed array. Between chunks it reports progress and
// checks the cancel signal, so a worker can show a bar and stop early.
import { fail, type Outcome, ok } from '../core/outcome';
import { ColumnBuilder, type ReadColumn } from './column-builder';
import { columnsToDataset, type LoadedData, type LoadOptions } from './columns-to-dataset';
import type { CsvFormat } from './csv-format';
import { CsvRecordReader } from './csv-records';
import { binaryProblem, DEFAULT_MAX_BYTES, notUtf8, tooLarge } from './decode-text';
import { guessLabelColumn } from './label-guess';

export type CsvSource = string | Uint8Array | Blob | AsyncIterable<Uint8Array | string>;

export interface StreamCsvOptions {
  /** Characters or bytes per chunk (default 1 MiB). */
  chunkSize?: number;
  /** Called between chunks with the share read so far, ending with 1. */
  onProgress?: (fraction: number) => void;
  /** Checked between chunks; when aborted the parse stops with a "cancelled" error. */
  signal?: { readonly aborted: boolean };
  /** The largest input accepted, in bytes (characters for a string). */
  maxBytes?: number;
  /** The most data rows accepted. */
  maxRows?: number;
  /** The source's size in bytes when it cannot tell (an async stream), for progress. */
  totalBytes?: number;
  /** The label column; its cells are kept as written. Guessed from the header when absent. */
  label?: string;
}

export interface StreamedCsv {
  header: string[];
  hasHeader: boolean;
  delimiter: string;
  decimalComma: boolean;
  rows: number;
  columns: ReadColumn[];
}

const DEFAULT_CHUNK = 1024 * 1024;

/** Lets a pending message (a cancel) arrive between chunks. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function* stringChunks(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) {
    await nextTurn();
    yield text.slice(at, at + size);
  }
}

async function* byteChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    await nextTurn();
    yield bytes.subarray(at, at + size);
  }
}

/** A Blob's bytes through its stream reader (async iteration of streams is not everywhere yet). */
async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

function sourceSize(source: CsvSource, options: StreamCsvOptions): number | undefined {
  if (typeof source === 'string') return source.length;
  if (source instanceof Uint8Array) return source.length;
  if (typeof Blob !== 'undefined' && source instanceof Blob) return source.size;
  return options.totalBytes;
}

function chunksOf(source: CsvSource, size: number): AsyncIterable<Uint8Array | string> {
  if (typeof source === 'string') return stringChunks(source, size);
  if (source instanceof Uint8Array) return byteChunks(source, size);
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    return blobChunks(source);
  }
  return source as AsyncIterable<Uint8Array | string>;
}

/** Reads a CSV source into columns; see StreamCsvOptions for progress, cancel and budgets. */
export async function streamCsv(
  source: CsvSource,
  options: StreamCsvOptions = {},
): Promise<Outcome<StreamedCsv>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const total = sourceSize(source, options);
  if (total !== undefined && total > maxBytes) return fail(tooLarge(total, maxBytes));
  let header: string[] = [];
  let format: CsvFormat | undefined;
  let hasHeader = true;
  let builders: ColumnBuilder[] = [];
  const reader = new CsvRecordReader(
    {
      start(names, detected, withHeader) {
        [header, format, hasHeader] = [names, detected, withHeader];
        const labelAt =
          options.label === undefined ? guessLabelColumn(names) : names.indexOf(options.label);
        builders = names.map(
          (name, j) => new ColumnBuilder(name, detected.decimalComma, j === labelAt),
        );
      },
      row(cells, place) {
        for (let j = 0; j < cells.length; j++) builders[j].push(cells[j], place);
        return undefined;
      },
    },
    options.maxRows,
  );
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let read = 0;
  for await (const chunk of chunksOf(source, options.chunkSize ?? DEFAULT_CHUNK)) {
    if (options.signal?.aborted) return fail('reading the file was cancelled');
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
    } else {
      const binary = binaryProblem(chunk, read);
      if (binary) return fail(binary);
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return fail(notUtf8(chunk, read));
      }
    }
    read += chunk.length;
    if (read > maxBytes) return fail(tooLarge(read, maxBytes));
    const problem = reader.push(text);
    if (problem) return problem;
    if (total) options.onProgress?.(Math.min(read / total, 1));
  }
  try {
    const problem = reader.push(decoder.decode());
    if (problem) return problem;
  } catch {
    return fail(
      'the file is not UTF-8 text (it ends inside a character); save it as UTF-8 and try again',
    );
  }
  const problem = reader.end();
  if (problem) return problem;
  options.onProgress?.(1);
  const columns = builders.map((b) => b.finish());
  const { delimiter, decimalComma } = format!;
  return ok({ header, hasHeader, delimiter, decimalComma, rows: reader.rows, columns });
}

/** Streams a CSV source and builds the Dataset, schema and missing-cell report from it. */
export async function loadCsv(
  source: CsvSource,
  options: StreamCsvOptions & LoadOptions = {},
): Promise<Outcome<LoadedData & { csv: StreamedCsv }>> {
  const csv = await streamCsv(source, options);
  if (!csv.ok) return csv;
  const loaded = columnsToDataset(csv.value.columns, options);
  return loaded.ok ? ok({ ...loaded.value, csv: csv.value }) : loaded;
}
