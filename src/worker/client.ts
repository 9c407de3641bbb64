// The page's side of the worker: calls go through comlink one at a time, in order. Cancelling
// terminates the worker (a running core loop cannot be interrupted from outside) and rejects
// every waiting call; the next call starts a fresh worker.
import * as Comlink from 'comlink';
import type { Outcome } from '../core/outcome';
import type { MethodInfo, ResampleRequest, ResampleSummary, WorkerApi } from './api';
import type { CsvReport, DeriveOptions, OpenCsvRequest } from './csv-api';
import type { ExportRequest } from './export-api';

export type { MethodInfo, ResampleRequest, ResampleSummary } from './api';
export type { CsvReport, DeriveOptions, OpenCsvRequest } from './csv-api';
export type { ExportRequest, ResultFormat } from './export-api';

/** The worker's calls as the page makes them (progress callbacks are plain functions here). */
export interface WorkerCalls {
  /** A built-in dataset by URL, read by the same streaming loader as a user's file. */
  loadDataset(url: string, options?: DeriveOptions): Promise<Outcome<CsvReport>>;
  /** A user's file or pasted text, read in the worker in chunks with progress. */
  openCsv(
    request: OpenCsvRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<Outcome<CsvReport>>;
  /** The last opened file again with another label column or missing-cell action. */
  relabelCsv(table: number, options: DeriveOptions): Promise<Outcome<CsvReport>>;
  /** The registry's methods as plain data: names, kinds, parameter specs, papers, lessons. */
  describeMethods(): Promise<MethodInfo[]>;
  resample(
    request: ResampleRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<Outcome<ResampleSummary>>;
  /** The resampled data as the CLI writes it (CSV or JSON bytes, UTF-8). */
  exportResult(request: ExportRequest): Promise<Outcome<Uint8Array>>;
}

export interface WorkerConnection {
  calls: WorkerCalls;
  terminate(): void;
}

export class JobCancelled extends Error {
  constructor() {
    super('the worker job was cancelled');
    this.name = 'JobCancelled';
  }
}

export function connectWorker(): WorkerConnection {
  const worker = new Worker(new URL('./worker-entry.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<WorkerApi>(worker);
  return {
    calls: {
      loadDataset: (url, options) => remote.loadDataset(url, options),
      openCsv: (request, onProgress) =>
        remote.openCsv(request, onProgress ? Comlink.proxy(onProgress) : undefined),
      relabelCsv: (table, options) => remote.relabelCsv(table, options),
      describeMethods: () => remote.describeMethods(),
      resample: (request, onProgress) =>
        remote.resample(request, onProgress ? Comlink.proxy(onProgress) : undefined),
      exportResult: (request) => remote.exportResult(request),
    },
    terminate: () => worker.terminate(),
  };
}

export interface WorkerClient extends WorkerCalls {
  /** Stops the running call and drops the waiting ones; each rejects with JobCancelled. */
  cancel(): void;
  /** Calls started and not yet settled. */
  readonly pending: number;
}

export function createWorkerClient(connect: () => WorkerConnection = connectWorker): WorkerClient {
  let connection: WorkerConnection | null = null;
  let queue: Promise<void> = Promise.resolve();
  let generation = 0;
  const waiting = new Set<(reason: JobCancelled) => void>();

  function enqueue<T>(job: (calls: WorkerCalls) => Promise<T>): Promise<T> {
    const started = generation;
    return new Promise<T>((resolve, reject) => {
      waiting.add(reject);
      queue = queue.then(async () => {
        if (started !== generation) return;
        connection ??= connect();
        try {
          const value = await job(connection.calls);
          if (started === generation) resolve(value);
        } catch (error) {
          if (started === generation) reject(error);
        } finally {
          waiting.delete(reject);
        }
      });
    });
  }

  return {
    loadDataset: (url, options) => enqueue((calls) => calls.loadDataset(url, options)),
    openCsv: (request, onProgress) => enqueue((calls) => calls.openCsv(request, onProgress)),
    relabelCsv: (table, options) => enqueue((calls) => calls.relabelCsv(table, options)),
    describeMethods: () => enqueue((calls) => calls.describeMethods()),
    resample: (request, onProgress) => enqueue((calls) => calls.resample(request, onProgress)),
    exportResult: (request) => enqueue((calls) => calls.exportResult(request)),
    cancel() {
      generation++;
      connection?.terminate();
      connection = null;
      // The cancelled call never settles, so the queue starts afresh rather than waiting on it.
      queue = Promise.resolve();
      for (const reject of waiting) reject(new JobCancelled());
      waiting.clear();
    },
    get pending() {
      return waiting.size;
    },
  };
}
