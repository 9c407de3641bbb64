// Thin adapters over the core and io, run inside the worker. The page imports only the type of
// `workerApi`; typed arrays travel back transferred, not copied.
import * as Comlink from 'comlink';
import { classCounts, type Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import { type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import { listMethods } from '../core/sampling/registry';
import { runMethodScaled } from '../core/sampling/scaled-run';
import type { Diagnostics, MethodEntry, Params, Provenance } from '../core/sampling/types';
import { parseCsvText } from '../io/parse-csv';
import { tableToDataset } from '../io/table-to-dataset';
import { csvApi } from './csv-api';
import { evaluateApi } from './evaluate-api';
import { exportApi, rememberRun } from './export-api';

export interface ResampleRequest {
  dataset: Dataset;
  /** A method name from the core's registry, e.g. 'SMOTE'. */
  method: string;
  params: Params;
  seed: number;
  /** Feature scaling before the neighbour search; the rows come back in the file's own units. */
  scaling?: ScalingKind;
}

/** A registry entry as plain data (no run function), so the page builds its forms without the samplers. */
export type MethodInfo = Omit<MethodEntry, 'run'>;

/** What the page needs from a run: the new rows and their provenance, not the whole pool. */
export interface ResampleSummary {
  method: string;
  /** The scaling the neighbours were found under. */
  scaling: ScalingKind;
  nInput: number;
  /** Synthetic rows only, row-major with the dataset's d numeric features. */
  syntheticX: Float64Array;
  syntheticY: Int32Array;
  /** Category codes of the synthetic rows, one array per categorical column of the dataset. */
  syntheticCodes: Int32Array[];
  provenance: Provenance;
  /** Pool rows a cleaning step dropped: input rows below nInput, synthetic row i as nInput + i. */
  removed: Int32Array;
  countsBefore: Int32Array;
  /** Per class, the rows in the output (removed rows not counted). */
  countsAfter: Int32Array;
  diagnostics: Diagnostics;
  warnings: string[];
}

export function parseDataset(text: string): Outcome<Dataset> {
  const table = parseCsvText(text);
  return table.ok ? tableToDataset(table.value) : table;
}

export function describeMethods(): MethodInfo[] {
  return listMethods().map(({ run: _run, ...info }) => structuredClone(info));
}

export function resample(
  request: ResampleRequest,
  onProgress?: (fraction: number) => void,
): Outcome<ResampleSummary> {
  const { dataset, method, params, seed } = request;
  const scaling = request.scaling ?? 'none';
  const context = { random: createRandom(seed), onProgress };
  const run = runMethodScaled(method, dataset, params, context, scaling);
  if (!run.ok) return run;
  const result = run.value;
  rememberRun(dataset, method, params, seed, result, scaling);
  const { pool, nInput } = result;
  const kept = result.output;
  const countsAfter = new Int32Array(pool.classNames.length);
  for (let r = 0; r < kept.length; r++) countsAfter[pool.y[kept[r]]]++;
  return ok({
    method: result.method,
    scaling,
    nInput,
    syntheticX: pool.X.slice(nInput * pool.d),
    syntheticY: pool.y.slice(nInput),
    syntheticCodes: pool.categorical.map((column) => column.codes.slice(nInput)),
    provenance: result.provenance,
    removed: result.removed,
    countsBefore: classCounts(dataset),
    countsAfter,
    diagnostics: result.diagnostics,
    warnings: result.warnings,
  });
}

type NumberArray = Float64Array | Int32Array;

// A buffer listed twice makes postMessage throw, so views that share one are listed once.
function buffersOf(arrays: NumberArray[]): ArrayBuffer[] {
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

function summaryBuffers(s: ResampleSummary): ArrayBuffer[] {
  const { anchor, neighbor, gap } = s.provenance;
  const arrays = [s.syntheticX, s.syntheticY, ...s.syntheticCodes, anchor, neighbor, gap];
  const diagnostics = Object.values(s.diagnostics).filter(
    (v): v is NumberArray => v instanceof Float64Array || v instanceof Int32Array,
  );
  return buffersOf([...arrays, s.removed, s.countsBefore, s.countsAfter, ...diagnostics]);
}

export const workerApi = {
  ...csvApi,

  describeMethods,

  ...evaluateApi,

  ...exportApi,

  resample(
    request: ResampleRequest,
    onProgress?: (fraction: number) => void,
  ): Outcome<ResampleSummary> {
    const summary = resample(request, onProgress);
    return summary.ok ? Comlink.transfer(summary, summaryBuffers(summary.value)) : summary;
  },
};

export type WorkerApi = typeof workerApi;
