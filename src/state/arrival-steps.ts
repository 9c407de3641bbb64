// A large dataset arriving from the worker is taken in over a few tasks: its class counts and the
// plotted columns are worked out in tasks of their own before the dataset goes on screen, so the
// page answers input in between (a million rows take tens of milliseconds per pass).
import type { Dataset } from '../core/data/dataset';
import { datasetClassCounts } from './class-counts';
import { pointsRange, warmColumnPoints } from './view-projection';

/** From this many rows, a dataset is taken in over several tasks. */
const STEPPED_FROM = 100_000;

/** Lets the page handle what is waiting (input, painting) before the next piece of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function takenInSteps(data: Dataset): boolean {
  return data.n >= STEPPED_FROM;
}

/** Counts the classes in a task of their own; false if the read was superseded meanwhile. */
export async function countClasses(data: Dataset, current: () => boolean): Promise<boolean> {
  if (!takenInSteps(data)) return true;
  await nextTask();
  if (!current()) return false;
  datasetClassCounts(data);
  await nextTask();
  return current();
}

/** Copies the two plotted columns out, then finds their ranges, in tasks of their own. */
export async function prepareColumns(
  data: Dataset,
  x: number,
  y: number,
  current: () => boolean,
): Promise<boolean> {
  if (!takenInSteps(data)) return true;
  const points = warmColumnPoints(data, x, y);
  await nextTask();
  if (!current()) return false;
  pointsRange(points);
  await nextTask();
  return current();
}
