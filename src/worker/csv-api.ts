// Reading CSV in the worker: a user's file, pasted text and the built-in datasets all go through
// the one streaming loader and come back with the same report. The parsed columns of the last
// file stay here, so another label column or another way with missing cells is derived from
// them without reading the file again.
import * as Comlink from 'comlink';
import type { Dataset } from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import type { ColumnSchema, LoadOptions } from '../io/columns-to-dataset';
import { columnsToDataset } from '../io/columns-to-dataset';
import { fileSizeText } from '../io/decode-text';
import type { MissingAction, MissingReport } from '../io/missing-rows';
import { type StreamedCsv, streamCsv } from '../io/stream-csv';

/** The browser's byte budget: the columns, the dataset and the page's copy each take about as much. */
export const BROWSER_MAX_BYTES = 256 * 1024 * 1024;

/** More classes than this is a continuous column, not a label. */
export const MAX_CLASSES = 100;

export interface OpenCsvRequest {
  /** A File or Blob (read here in chunks; the page never reads it) or pasted text. */
  source: Blob | string;
  /** The file's name, shown and used for exports. */
  name: string;
  label?: string;
  missing?: MissingAction;
  maxBytes?: number;
}

export interface DeriveOptions {
  label?: string;
  missing?: MissingAction;
}

export interface CsvReport {
  name: string;
  /** Which parse the report comes from; relabelCsv asks for it by this id. */
  table: number;
  dataset: Dataset;
  /** Column names in file order (col1, col2, … when the file has no header). */
  header: string[];
  hasHeader: boolean;
  delimiter: string;
  decimalComma: boolean;
  /** Data rows in the file, before any is left out. */
  fileRows: number;
  bytes: number;
  schema: ColumnSchema[];
  missing: MissingReport;
  labelGuessed: boolean;
  minorityClass: string;
}

interface KeptTable {
  id: number;
  name: string;
  bytes: number;
  csv: StreamedCsv;
}

let kept: KeptTable | null = null;
let nextTable = 1;

function derive(table: KeptTable, options: DeriveOptions): Outcome<CsvReport> {
  const { csv } = table;
  const loadOptions: LoadOptions = { label: options.label, missing: options.missing };
  const loaded = columnsToDataset(csv.columns, loadOptions);
  if (!loaded.ok) return loaded;
  const { dataset, schema, missing, labelGuessed, minorityClass } = loaded.value;
  if (dataset.classNames.length > MAX_CLASSES) {
    return fail(
      `label column '${dataset.labelName}' has ${dataset.classNames.length.toLocaleString('en-US')} different values: too many classes for a label (at most ${MAX_CLASSES}); choose another label column`,
      { parameter: 'label' },
    );
  }
  return ok({
    name: table.name,
    table: table.id,
    dataset,
    header: csv.header,
    hasHeader: csv.hasHeader,
    delimiter: csv.delimiter,
    decimalComma: csv.decimalComma,
    fileRows: csv.rows,
    bytes: table.bytes,
    schema,
    missing,
    labelGuessed,
    minorityClass,
  });
}

function sizeOf(source: Blob | string): number {
  return typeof source === 'string' ? source.length : source.size;
}

/** A failed allocation is the one exception a file can cause: said as a budget, not a crash. */
function memoryProblem(error: unknown, bytes: number): Outcome<never> {
  if (error instanceof RangeError) {
    return fail(
      `the file (${fileSizeText(bytes)}) is too large for this browser's memory; open a smaller sample of it`,
    );
  }
  throw error;
}

/** Passes on a step of at least 1% (and the end): a Blob streams in 64 KiB pieces, too many to post. */
function everyPercent(onProgress?: (fraction: number) => void) {
  if (!onProgress) return undefined;
  let last = 0;
  return (fraction: number) => {
    if (fraction < 1 && fraction - last < 0.01) return;
    last = fraction;
    onProgress(fraction);
  };
}

export async function openCsv(
  request: OpenCsvRequest,
  onProgress?: (fraction: number) => void,
): Promise<Outcome<CsvReport>> {
  const bytes = sizeOf(request.source);
  try {
    const csv = await streamCsv(request.source, {
      label: request.label,
      maxBytes: request.maxBytes ?? BROWSER_MAX_BYTES,
      onProgress: everyPercent(onProgress),
    });
    if (!csv.ok) return csv;
    const table = { id: nextTable++, name: request.name, bytes, csv: csv.value };
    const report = derive(table, request);
    // A file that cannot be opened does not replace the one that can be relabelled.
    if (report.ok) kept = table;
    return report;
  } catch (error) {
    return memoryProblem(error, bytes);
  }
}

/** The last opened file with another label column or missing-cell action, without reading it again. */
export function relabelCsv(table: number, options: DeriveOptions): Outcome<CsvReport> {
  if (!kept || kept.id !== table) {
    return fail('the parsed file is no longer in the worker; open it again');
  }
  try {
    return derive(kept, options);
  } catch (error) {
    return memoryProblem(error, kept.bytes);
  }
}

/** A built-in dataset, fetched from the app's own origin and read like any file. */
export async function loadDatasetUrl(
  url: string,
  options: DeriveOptions = {},
): Promise<Outcome<CsvReport>> {
  const response = await fetch(url);
  if (!response.ok) return fail(`could not load ${url}: HTTP ${response.status}`);
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
  return openCsv({ source: await response.blob(), name, ...options });
}

function withTransfer(report: Outcome<CsvReport>): Outcome<CsvReport> {
  if (!report.ok) return report;
  const { X, y, categorical } = report.value.dataset;
  const buffers = new Set([X.buffer, y.buffer, ...categorical.map((c) => c.codes.buffer)]);
  return Comlink.transfer(report, [...buffers] as ArrayBuffer[]);
}

export const csvApi = {
  async loadDataset(url: string, options?: DeriveOptions): Promise<Outcome<CsvReport>> {
    return withTransfer(await loadDatasetUrl(url, options));
  },
  async openCsv(
    request: OpenCsvRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<Outcome<CsvReport>> {
    return withTransfer(await openCsv(request, onProgress));
  },
  relabelCsv(table: number, options: DeriveOptions): Outcome<CsvReport> {
    return withTransfer(relabelCsv(table, options));
  },
};
