// Helpers for the explorer specs: open a view, find points on screen, save a screenshot.
import { expect as baseExpect, type Page, type TestInfo } from '@playwright/test';
import type { ScreenPoint } from '../../src/plot/plot-test-hook';

// The machine running the tests may be busy: give the page more than the default 5 s to settle.
export const expect = baseExpect.configure({ timeout: 15_000 });

export const PROJECTOR = { width: 1280, height: 720 };

export function inspector(page: Page) {
  return page.getByRole('region', { name: 'Inspector' });
}

export function plot(page: Page) {
  return page.getByRole('application', { name: /Scatter plot of/ });
}

/** Opens a link and waits until the canvas has drawn every row of the dataset. */
export async function openView(page: Page, query: string, rows: number): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction((n) => (window.smoteLabPlot?.lastDraw.points ?? 0) >= n, rows, {
    timeout: 30_000,
  });
}

/** Waits two frames, so a zoom or pan still being rendered has reached the plot. */
async function afterRender(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

export async function rowPosition(page: Page, row: number): Promise<ScreenPoint> {
  await afterRender(page);
  const point = await page.evaluate((r) => window.smoteLabPlot?.rowPosition(r) ?? null, row);
  expect(point, `row ${row} should be inside the plot`).not.toBeNull();
  return point!;
}

export async function syntheticPosition(page: Page, index: number): Promise<ScreenPoint> {
  await afterRender(page);
  const point = await page.evaluate(
    (i) => window.smoteLabPlot?.syntheticPosition(i) ?? null,
    index,
  );
  expect(point, `synthetic point ${index} should be inside the plot`).not.toBeNull();
  return point!;
}

export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** The query string the app has written to the address bar. */
export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
