// The real built-in catalog and a worker stand-in that reads public/datasets from disk.
import { readFileSync } from 'node:fs';
import { fail } from '../../src/core/outcome';
import type { DatasetEntry } from '../../src/state/catalog';
import { parseDataset, resample } from '../../src/worker/api';
import type { WorkerClient } from '../../src/worker/client';

const folder = new URL('../../public/datasets/', import.meta.url);

export const catalog = JSON.parse(
  readFileSync(new URL('index.json', folder), 'utf8'),
) as DatasetEntry[];

export const BASE = 'http://localhost/app/';

export function diskWorker(): WorkerClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    pending: 0,
    cancel: () => calls.push('cancel'),
    async loadDataset(url) {
      calls.push(`load ${url}`);
      const file = url.slice(`${BASE}datasets/`.length);
      if (file === 'missing.csv') return fail('could not load missing.csv: HTTP 404');
      return parseDataset(readFileSync(new URL(file, folder), 'utf8'));
    },
    async resample(request) {
      calls.push(`resample ${request.method} ${JSON.stringify(request.params)}`);
      return resample(request);
    },
  };
}
