// The open dataset's rows per class, counted once per dataset: several views ask for them when a
// dataset arrives, and a million-row file takes milliseconds per count.
import { classCounts, type Dataset } from '../core/data/dataset';

const known = new WeakMap<Dataset, Int32Array>();

/** classCounts of a dataset the page holds (never changed once received), as a fresh copy. */
export function datasetClassCounts(data: Dataset): Int32Array {
  let counts = known.get(data);
  if (!counts) {
    counts = classCounts(data);
    known.set(data, counts);
  }
  return counts.slice();
}
