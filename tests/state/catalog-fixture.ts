// The real built-in catalog and a worker stand-in that reads public/datasets from disk.
import { readFileSync } from 'node:fs';
import { fail } from '../../src/core/outcome';
import type { DatasetEntry } from '../../src/state/catalog';
import { startApp } from '../../src/state/start-app';
import { createAppStore } from '../../src/state/store';
import { describeMethods, resample } from '../../src/worker/api';
import type { WorkerClient } from '../../src/worker/client';
import { openCsv, relabelCsv } from '../../src/worker/csv-api';
import { exportResult } from '../../src/worker/export-api';

const folder = new URL('../../public/datasets/', import.meta.url);

export const catalog = JSON.parse(
  readFileSync(new URL('index.json', folder), 'utf8'),
) as DatasetEntry[];

export const BASE = 'http://localhost/app/';

/** The registry's methods as the worker describes them to the page. */
export const methods = describeMethods();

export function diskWorker(): WorkerClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    pending: 0,
    cancel: () => calls.push('cancel'),
    async loadDataset(url, options) {
      calls.push(`load ${url}`);
      const file = url.slice(`${BASE}datasets/`.length);
      if (file === 'missing.csv') return fail('could not load missing.csv: HTTP 404');
      // A Blob, as the page's worker reads one: no timer between chunks, so fake timers do not stall it.
      const source = new Blob([readFileSync(new URL(file, folder))]);
      return openCsv({ source, name: file, ...options });
    },
    async openCsv(request, onProgress) {
      calls.push(`open ${request.name}`);
      return openCsv(request, onProgress);
    },
    async relabelCsv(table, options) {
      calls.push(`relabel ${JSON.stringify(options)}`);
      return relabelCsv(table, options);
    },
    async describeMethods() {
      return describeMethods();
    },
    async resample(request) {
      calls.push(`resample ${request.method} ${JSON.stringify(request.params)}`);
      return resample(request);
    },
    async exportResult(request) {
      calls.push(`export ${request.format} ${request.method}`);
      return exportResult(request);
    },
  };
}

/** A store started on `search` as the page starts it, with the worker reading from disk. */
export async function openStore(search: string, makeStore = createAppStore) {
  const worker = diskWorker();
  const store = makeStore({ worker, base: BASE });
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async () => new Response(JSON.stringify(catalog))) as typeof fetch;
  try {
    await startApp(store, search, BASE);
  } finally {
    globalThis.fetch = realFetch;
  }
  return { store, worker };
}
