// The resampled data as a file, built in the worker so a large result never holds up the page.
// The worker keeps the full result of its last run; an export of that same run reuses it, any
// other request is run again (the same dataset, method, parameters and seed give the same rows).
import * as Comlink from 'comlink';
import type { Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import { fail, type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import { runMethodScaled } from '../core/sampling/scaled-run';
import type { Params, ResampleResult } from '../core/sampling/types';
import { resultToCsv } from '../io/export-csv';
import { resultToJson } from '../io/export-json';

export type ResultFormat = 'csv' | 'json';

export interface ExportRequest {
  dataset: Dataset;
  method: string;
  params: Params;
  seed: number;
  format: ResultFormat;
  /** The input file's header, which places the label column; without it the label goes last. */
  header?: string[];
  /** The scaling the run's neighbours were found under (none by default). */
  scaling?: ScalingKind;
}

let lastRun: { key: string; result: ResampleResult } | null = null;

/** FNV-1a over the dataset's numbers and codes: cheap next to any sampler, and tells datasets apart. */
function fingerprint(data: Dataset): string {
  let h = 0x811c9dc5;
  const mix = (words: Uint32Array) => {
    for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  };
  mix(new Uint32Array(data.X.buffer, data.X.byteOffset, data.X.length * 2));
  mix(new Uint32Array(data.y.buffer, data.y.byteOffset, data.y.length));
  for (const column of data.categorical) {
    mix(new Uint32Array(column.codes.buffer, column.codes.byteOffset, column.codes.length));
  }
  const names = [data.labelName, ...data.featureNames, ...data.classNames].join('\u0000');
  return `${data.n}x${data.d}:${(h >>> 0).toString(16)}:${names}`;
}

function runKey(
  dataset: Dataset,
  method: string,
  params: unknown,
  seed: number,
  scaling: ScalingKind,
): string {
  return `${method}|${JSON.stringify(params)}|${seed}|${scaling}|${fingerprint(dataset)}`;
}

/** Typed arrays are copied, other values kept: the page's summary takes the originals' buffers. */
function ownCopy<T extends object>(value: T): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const [key, v] of Object.entries(copy)) {
    if (v instanceof Float64Array || v instanceof Int32Array) copy[key] = v.slice();
  }
  return copy as T;
}

/**
 * Called after every run in the worker, before its summary is sent, so the export of that run
 * needs no second run. The summary transfers provenance, removals and diagnostics to the page,
 * which empties them here, so the kept result holds copies.
 */
export function rememberRun(
  dataset: Dataset,
  method: string,
  params: unknown,
  seed: number,
  result: ResampleResult,
  scaling: ScalingKind = 'none',
): void {
  const kept: ResampleResult = {
    ...result,
    provenance: ownCopy(result.provenance),
    removed: result.removed.slice(),
    diagnostics: ownCopy(result.diagnostics),
  };
  lastRun = { key: runKey(dataset, method, params, seed, scaling), result: kept };
}

function resultFor(request: ExportRequest): Outcome<ResampleResult> {
  const { dataset, method, params, seed } = request;
  const scaling = request.scaling ?? 'none';
  const key = runKey(dataset, method, params, seed, scaling);
  if (lastRun?.key === key) return ok(lastRun.result);
  const run = runMethodScaled(method, dataset, params, { random: createRandom(seed) }, scaling);
  if (run.ok) lastRun = { key, result: run.value };
  return run;
}

/** The file's bytes, exactly as `smote-lab resample --format csv|json` writes them. */
export function exportResult(request: ExportRequest): Outcome<Uint8Array> {
  const result = resultFor(request);
  if (!result.ok) return result;
  if (request.format === 'json') return ok(new TextEncoder().encode(resultToJson(result.value)));
  try {
    return ok(new TextEncoder().encode(resultToCsv(result.value, request.header)));
  } catch (error) {
    // A header that does not fit the dataset is a broken invariant of the page, said in one line.
    return fail(`cannot write the CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const exportApi = {
  exportResult(request: ExportRequest): Outcome<Uint8Array> {
    const bytes = exportResult(request);
    return bytes.ok ? Comlink.transfer(bytes, [bytes.value.buffer as ArrayBuffer]) : bytes;
  },
};
