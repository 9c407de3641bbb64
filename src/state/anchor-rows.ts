// Which rows can be anchors: rows of every class that SMOTE's sampling_strategy='auto' grows,
// that is every class but the majority.
import type { Dataset } from '../core/data/dataset';
import { majorityMinority } from '../core/sampling/strategy';
import { datasetClassCounts } from './class-counts';

export function majorityClass(data: Dataset): number {
  return majorityMinority(datasetClassCounts(data)).majority;
}

export function canBeAnchor(data: Dataset, row: number): boolean {
  return data.y[row] !== majorityClass(data);
}

const cache = new WeakMap<Dataset, Int32Array>();

/** Anchor rows in row order; computed once per dataset. */
export function anchorRows(data: Dataset): Int32Array {
  let rows = cache.get(data);
  if (!rows) {
    const majority = majorityClass(data);
    const list: number[] = [];
    for (let i = 0; i < data.n; i++) if (data.y[i] !== majority) list.push(i);
    rows = Int32Array.from(list);
    cache.set(data, rows);
  }
  return rows;
}
