// For the export and privacy specs: downloads read back, a fixture CSV served as a built-in
// dataset, and the command run on the same file.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect } from './plot-page';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const DATASETS = fileURLToPath(new URL('../../public/datasets/', import.meta.url));

/** Serves `file` from tests/fixtures as one more built-in dataset named `name`. */
export async function serveFixture(context: BrowserContext, name: string, file: string, k = 3) {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  await context.route('**/datasets/index.json', async (route) => {
    const response = await route.fetch();
    const catalog = (await response.json()) as unknown[];
    const rows = text.trim().split('\n').length - 1;
    const entry = {
      name,
      file: `${name}.csv`,
      title: `Fixture ${file}`,
      lesson: 'A test fixture.',
      rows,
      source: 'tests/fixtures',
      licence: 'CC0-1.0',
      defaults: { k },
    };
    await route.fulfill({ response, json: [...catalog, entry] });
  });
  await context.route(`**/datasets/${name}.csv`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: text }),
  );
}

/** Clicks an export button and returns the download with its bytes. */
export async function download(
  page: Page,
  button: string,
): Promise<{ file: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** The export panel's status line. */
export function exportStatus(page: Page) {
  return page.getByRole('region', { name: 'Export' }).getByRole('status');
}

/** Builds the command into `dir` once, as `npm run build` does. */
export function buildCli(dir: string): string {
  execFileSync('npx', ['vite', 'build', '--mode', 'cli', '--outDir', dir, '--logLevel', 'error'], {
    stdio: 'pipe',
  });
  return join(dir, 'cli', 'smote-lab.js');
}

export function runCli(bundle: string, args: string[]): Buffer {
  const run = spawnSync(process.execPath, [bundle, ...args]);
  expect(run.status, run.stderr.toString()).toBe(0);
  return run.stdout;
}

/** Counts of the SVG's point shapes by layer and class, read with the browser's XML parser. */
export async function svgCounts(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const count = (selector: string) => doc.querySelectorAll(selector).length;
    const byClass = (layer: string) =>
      Object.fromEntries(
        [...doc.querySelectorAll(`g.${layer}`)].map((g) => [
          g.getAttribute('data-class'),
          g.querySelectorAll('use').length,
        ]),
      );
    return {
      errors: count('parsererror'),
      root: doc.documentElement.tagName,
      points: byClass('points'),
      synthetic: byClass('synthetic-points'),
      ticks: [...doc.querySelectorAll('.axes text, g text')].map((t) => t.textContent),
      anchor: count('circle'),
      images: [...doc.querySelectorAll('image')].map((i) => i.getAttribute('data-layer')),
      uses: count('use'),
    };
  }, text);
}
