// Plain re-statements used by the over-sampler tests: a brute-force neighbour search over any
// candidate set, the segment check on provenance, and the sampling_strategy count table.
import { expect } from 'vitest';
import { classCounts, type Dataset } from '../../../src/core/data/dataset';
import type { Outcome } from '../../../src/core/outcome';
import { createRandom } from '../../../src/core/random';
import { validateParams } from '../../../src/core/sampling/params';
import type { MethodEntry, Params, ResampleResult } from '../../../src/core/sampling/types';

export { blobs } from './cleaning/oracle';

export function attempt(
  entry: MethodEntry,
  data: Dataset,
  params: Params,
  seed = 0,
): Outcome<ResampleResult> {
  const checked = validateParams(entry.name, entry.params, params);
  if (!checked.ok) return checked;
  return entry.run(data, checked.value, { random: createRandom(seed) });
}

export function run(entry: MethodEntry, data: Dataset, params: Params, seed = 0): ResampleResult {
  const out = attempt(entry, data, params, seed);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

/** The error message a run gives; fails the test when the run succeeds. */
export function errorOf(entry: MethodEntry, data: Dataset, params: Params): string {
  const out = attempt(entry, data, params);
  if (out.ok) throw new Error(`${entry.name} ${JSON.stringify(params)} did not fail`);
  return out.error.message;
}

/** The k rows of `candidates` nearest to row i (never i itself), by (distance, row index). */
export function nearest(
  data: Dataset,
  candidates: ArrayLike<number>,
  i: number,
  k: number,
  columns: number[] = Array.from({ length: data.d }, (_, j) => j),
): number[] {
  const { X, d } = data;
  const order: { j: number; d2: number }[] = [];
  for (const j of Array.from(candidates)) {
    if (j === i) continue;
    let s = 0;
    for (const t of columns) s += (X[i * d + t] - X[j * d + t]) ** 2;
    order.push({ j, d2: s });
  }
  order.sort((a, b) => a.d2 - b.d2 || a.j - b.j);
  return order.slice(0, k).map((o) => o.j);
}

/** Every synthetic row equals x_anchor + gap·(x_neighbor − x_anchor) on the given numeric columns. */
export function expectOnSegments(
  res: ResampleResult,
  data: Dataset,
  columns: number[] = Array.from({ length: data.d }, (_, j) => j),
): void {
  const { d } = data;
  const { anchor, neighbor, gap } = res.provenance;
  for (let s = 0; s < anchor.length; s++) {
    for (const j of columns) {
      const a = data.X[anchor[s] * d + j];
      const b = data.X[neighbor[s] * d + j];
      expect(Math.abs(res.pool.X[(data.n + s) * d + j] - (a + gap[s] * (b - a)))).toBeLessThan(
        1e-9,
      );
    }
  }
}

/** Final class counts by class name. */
export function countsByName(res: ResampleResult): Record<string, number> {
  const counts = classCounts(res.pool);
  return Object.fromEntries(res.pool.classNames.map((name, c) => [name, counts[c]]));
}

/** [sampling_strategy, final counts] for blobs {0: 12, 1: 6}. */
export const twoClassCases: [Params[string], Record<string, number>][] = [
  ['auto', { 0: 12, 1: 12 }],
  ['minority', { 0: 12, 1: 12 }],
  ['not minority', { 0: 12, 1: 6 }],
  ['not majority', { 0: 12, 1: 12 }],
  ['all', { 0: 12, 1: 12 }],
  [0.75, { 0: 12, 1: 9 }],
  [{ 1: 10 }, { 0: 12, 1: 10 }],
  [
    { 0: 14, 1: 8 },
    { 0: 14, 1: 8 },
  ],
];

/** [sampling_strategy, final counts] for blobs {a: 10, b: 7, c: 5}. */
export const threeClassCases: [Params[string], Record<string, number>][] = [
  ['auto', { a: 10, b: 10, c: 10 }],
  ['minority', { a: 10, b: 7, c: 10 }],
  ['not minority', { a: 10, b: 10, c: 5 }],
  ['not majority', { a: 10, b: 10, c: 10 }],
  ['all', { a: 10, b: 10, c: 10 }],
  [
    { b: 9, c: 12 },
    { a: 10, b: 9, c: 12 },
  ],
];

export function expectStrategyCounts(
  entry: MethodEntry,
  data: Dataset,
  cases: [Params[string], Record<string, number>][],
  params: Params = {},
): void {
  for (const [strategy, expected] of cases) {
    const res = run(entry, data, { ...params, sampling_strategy: strategy });
    expect([strategy, countsByName(res)]).toEqual([strategy, expected]);
    // Synthetic rows come after the input, one block per class in sorted label order.
    const synthetic = Array.from(res.pool.y.subarray(data.n));
    expect(synthetic).toEqual([...synthetic].sort((a, b) => a - b));
  }
}

/** The float form is binary only: with three classes it is an error naming sampling_strategy. */
export function expectFloatRejectedForThreeClasses(entry: MethodEntry, data: Dataset): void {
  const out = attempt(entry, data, { sampling_strategy: 0.5 });
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.error.parameter).toBe('sampling_strategy');
}
