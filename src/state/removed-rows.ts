// The pool rows a cleaning step removed, as a set per result (computed once, looked up often).
import type { ResampleSummary } from '../worker/client';

const cache = new WeakMap<ResampleSummary, ReadonlySet<number>>();

export function removedPoolRows(result: ResampleSummary): ReadonlySet<number> {
  let rows = cache.get(result);
  if (!rows) {
    rows = new Set(result.removed);
    cache.set(result, rows);
  }
  return rows;
}
