// Thin adapters over the core and io, run inside the worker. The page imports only the type of
// `workerApi`; typed arrays travel back transferred, not copied.
import * as Comlink from 'comlink';
import { classCounts, type Dataset } from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import { runMethod } from '../core/sampling/registry';
import type { Params, Provenance } from '../core/sampling/types';
import { parseCsvText } from '../io/parse-csv';
import { tableToDataset } from '../io/table-to-dataset';

export interface ResampleRequest {
  dataset: Dataset;
  /** A method name from the core's registry, e.g. 'SMOTE'. */
  method: string;
  params: Params;
  seed: number;
}

/** What the page needs from a run: the new rows and their provenance, not the whole pool. */
export interface ResampleSummary {
  method: string;
  nInput: number;
  /** Synthetic rows only, row-major with the dataset's d numeric features. */
  syntheticX: Float64Array;
  syntheticY: Int32Array;
  provenance: Provenance;
  /** Input rows a cleaning step dropped. */
  removed: Int32Array;
  countsBefore: Int32Array;
  countsAfter: Int32Array;
  warnings: string[];
}

export function parseDataset(text: string): Outcome<Dataset> {
  const table = parseCsvText(text);
  return table.ok ? tableToDataset(table.value) : table;
}

export function resample(
  request: ResampleRequest,
  onProgress?: (fraction: number) => void,
): Outcome<ResampleSummary> {
  const { dataset, method, params, seed } = request;
  const run = runMethod(method, dataset, params, { random: createRandom(seed), onProgress });
  if (!run.ok) return run;
  const result = run.value;
  const { pool, nInput } = result;
  const kept = result.output;
  const countsAfter = new Int32Array(pool.classNames.length);
  for (let r = 0; r < kept.length; r++) countsAfter[pool.y[kept[r]]]++;
  return ok({
    method: result.method,
    nInput,
    syntheticX: pool.X.slice(nInput * pool.d),
    syntheticY: pool.y.slice(nInput),
    provenance: result.provenance,
    removed: result.removed,
    countsBefore: classCounts(dataset),
    countsAfter,
    warnings: result.warnings,
  });
}

// A buffer listed twice makes postMessage throw, so views that share one are listed once.
function buffersOf(arrays: (Float64Array | Int32Array)[]): ArrayBuffer[] {
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

function datasetBuffers(data: Dataset): ArrayBuffer[] {
  return buffersOf([data.X, data.y, ...data.categorical.map((c) => c.codes)]);
}

function summaryBuffers(s: ResampleSummary): ArrayBuffer[] {
  const { anchor, neighbor, gap } = s.provenance;
  const arrays = [s.syntheticX, s.syntheticY, anchor, neighbor, gap, s.removed];
  return buffersOf([...arrays, s.countsBefore, s.countsAfter]);
}

export const workerApi = {
  async loadDataset(url: string): Promise<Outcome<Dataset>> {
    const response = await fetch(url);
    if (!response.ok) return fail(`could not load ${url}: HTTP ${response.status}`);
    const parsed = parseDataset(await response.text());
    return parsed.ok ? Comlink.transfer(parsed, datasetBuffers(parsed.value)) : parsed;
  },

  resample(
    request: ResampleRequest,
    onProgress?: (fraction: number) => void,
  ): Outcome<ResampleSummary> {
    const summary = resample(request, onProgress);
    return summary.ok ? Comlink.transfer(summary, summaryBuffers(summary.value)) : summary;
  },
};

export type WorkerApi = typeof workerApi;
