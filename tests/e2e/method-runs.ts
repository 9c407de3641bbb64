// For the method specs: the same run the app makes, done with the core in Node (same dataset file,
// parameters and seed), and the page steps that pick a method and run it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { classCounts, type Dataset } from '../../src/core/data/dataset';
import { createRandom } from '../../src/core/random';
import { findMethod, runMethod } from '../../src/core/sampling/registry';
import type { Params, ResampleResult } from '../../src/core/sampling/types';
import type { DatasetEntry } from '../../src/state/catalog';
import { parseDataset } from '../../src/worker/api';
import { expect } from './plot-page';

const folder = new URL('../../public/datasets/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('index.json', folder), 'utf8')) as DatasetEntry[];

export function builtIn(name: string): { entry: DatasetEntry; data: Dataset } {
  const entry = catalog.find((e) => e.name === name);
  if (!entry) throw new Error(`no built-in dataset ${name}`);
  const data = parseDataset(readFileSync(new URL(entry.file, folder), 'utf8'));
  if (!data.ok) throw new Error(data.error.message);
  return { entry, data: data.value };
}

export interface CoreRun {
  data: Dataset;
  result: ResampleResult;
  /** The parameters the run was given. */
  params: Params;
  before: Int32Array;
  after: Int32Array;
}

/** The app's run: the method's defaults, k_neighbors at the dataset's k, seed 0 unless given. */
export function coreRun(dataset: string, method: string, extra: Params = {}, seed = 0): CoreRun {
  const { entry, data } = builtIn(dataset);
  const params: Params = {};
  if (findMethod(method)?.params.some((p) => p.name === 'k_neighbors')) {
    params.k_neighbors = entry.defaults.k ?? 5;
  }
  const given = { ...params, ...extra };
  const run = runMethod(method, data, given, { random: createRandom(seed) });
  if (!run.ok) throw new Error(run.error.message);
  const result = run.value;
  const after = new Int32Array(data.classNames.length);
  for (const row of result.output) after[result.pool.y[row]]++;
  return { data, result, params: given, before: classCounts(data), after };
}

export async function pickMethod(page: Page, method: string): Promise<void> {
  await page.getByLabel('Method', { exact: true }).selectOption(method);
}

/** Clicks Resample and waits for the run's summary line. */
export async function resampleAndWait(page: Page, method: string): Promise<void> {
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect(page.getByRole('region', { name: 'Resample' }).getByRole('status')).toContainText(
    new RegExp(`^${method} with sampling_strategy=.* in \\d+ ms\\.$`),
  );
}

/** The legend shows "class before → after" for every class, as the core counted them. */
export async function expectCounts(page: Page, run: CoreRun): Promise<void> {
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const [c, name] of run.data.classNames.entries()) {
    await expect(legend).toContainText(`${name} ${run.before[c]} → ${run.after[c]}`);
  }
}

/** The warnings beside the counts are exactly the core's. */
export async function expectWarnings(page: Page, run: CoreRun): Promise<void> {
  const list = page.getByRole('list', { name: 'Warnings' });
  if (run.result.warnings.length === 0) await expect(list).toHaveCount(0);
  else
    await expect(list.getByRole('listitem')).toHaveText(run.result.warnings.map((w) => `⚠ ${w}`));
}

/** How many markers of one story kind the plot draws, read from the path itself. */
export async function storyMarkers(page: Page, kind: string): Promise<number> {
  const path = page.locator(`[data-story="${kind}"]`);
  const d = (await path.getAttribute('d')) ?? '';
  const count = Number(await path.getAttribute('data-count'));
  const moves = d.split('M').length - 1;
  expect(kind === 'removed' ? moves / 2 : moves, `${kind} markers in the path`).toBe(count);
  return count;
}

/** The synthetic point farthest from every other point, among those `pick` accepts. */
export function loneSynthetic(run: CoreRun, pick: (i: number) => boolean): number {
  const { pool, nInput } = run.result;
  const d = pool.d;
  let best = -1;
  let bestGap = -1;
  for (let i = 0; i < pool.n - nInput; i++) {
    if (!pick(i)) continue;
    const p = nInput + i;
    let nearest = Infinity;
    for (let q = 0; q < pool.n; q++) {
      if (q === p) continue;
      const dx = pool.X[p * d] - pool.X[q * d];
      const dy = pool.X[p * d + 1] - pool.X[q * d + 1];
      nearest = Math.min(nearest, dx * dx + dy * dy);
    }
    if (nearest > bestGap) [best, bestGap] = [i, nearest];
  }
  if (best < 0) throw new Error('no synthetic point fits');
  return best;
}
