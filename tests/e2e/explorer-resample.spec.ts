import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { expect, inspector, openView, PROJECTOR, snap, syntheticPosition } from './plot-page';

test.use({ viewport: PROJECTOR });

// The fraud rows as the app loads them (header first, label last).
const FRAUD_ROWS = readFileSync(
  new URL('../../public/datasets/fraud-walkthrough.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').slice(0, 2).map(Number));

/** Reads "136 = 120 + 0.4 × (160 − 120)" back into numbers. */
function parseFormula(text: string): number[] {
  const numbers = text.replace(/−/g, '-').match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
  return numbers.map(Number);
}

test('Resample runs SMOTE in the worker and shows the counts before and after', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0', 48);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('legitimate 40');
  await expect(legend).toContainText('fraud 8');
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect(legend).toContainText('legitimate 40 → 40');
  await expect(legend).toContainText('fraud 8 → 40');
  await expect(page.getByRole('region', { name: 'Resample' })).toContainText(
    "SMOTE with sampling_strategy='auto' made 32 synthetic points",
  );
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 80);
  await expect(page).toHaveURL(/resampled=1/);
  await snap(page, testInfo, 'resampled');
});

test('clicking a synthetic point shows its anchor, neighbour and λ', async ({ page }, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none&samples=0&resampled=1', 48);
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 80);
  const at = await syntheticPosition(page, 9);
  await page.mouse.click(at.x, at.y);
  const panel = inspector(page);
  await expect(panel).toContainText('Resampled point 10 (row 57 of the output)');
  const provenance = await panel.locator('.provenance-line').textContent();
  const match = provenance?.match(/anchor row (\d+) · neighbour row (\d+) · λ = ([\d.]+)/);
  expect(match, provenance ?? '').not.toBeNull();
  const [anchor, neighbor, lambda] = [Number(match![1]), Number(match![2]), Number(match![3])];
  // Fraud rows are 0 to 7; SMOTE never interpolates toward another class.
  expect(anchor).toBeLessThan(8);
  expect(neighbor).toBeLessThan(8);
  expect(anchor).not.toBe(neighbor);
  expect(lambda).toBeGreaterThanOrEqual(0);
  expect(lambda).toBeLessThan(1);
  const lines = await panel.locator('.formula-lines code').allTextContents();
  expect(lines).toHaveLength(2);
  lines.forEach((line, j) => {
    const [result, x, gap, nn] = parseFormula(line);
    expect(x).toBe(FRAUD_ROWS[anchor][j]);
    expect(nn).toBe(FRAUD_ROWS[neighbor][j]);
    expect(gap).toBe(lambda);
    // λ is shown to 4 significant digits, so the check allows for that rounding.
    expect(Math.abs(result - (x + gap * (nn - x)))).toBeLessThan(Math.abs(nn - x) * 1e-4 + 1e-9);
  });
  await expect(page.locator('.provenance')).toHaveAttribute('data-anchor', String(anchor));
  await snap(page, testInfo, 'synthetic-provenance');
});

test('the largest dataset renders and resamples in the worker', async ({ page }, testInfo) => {
  const started = Date.now();
  await openView(page, '?dataset=large-40k-points&k=5&anchor=none', 40_000);
  const openMs = Date.now() - started;
  const draw = await page.evaluate(() => window.smoteLabPlot!.lastDraw);
  await page.getByRole('button', { name: 'Resample' }).click();
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('minority 800 → 39200', { timeout: 30_000 });
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 78_400);
  const status = await page.getByRole('region', { name: 'Resample' }).textContent();
  const resampleMs = Number(status?.match(/in (\d+) ms/)?.[1]);
  const redraw = await page.evaluate(() => window.smoteLabPlot!.lastDraw);
  const note = `large-40k-points: opened in ${openMs} ms (canvas draw ${draw.ms.toFixed(1)} ms for ${draw.points} points); resample ${resampleMs} ms; redraw ${redraw.ms.toFixed(1)} ms for ${redraw.points} points`;
  console.log(note);
  testInfo.annotations.push({ type: 'timing', description: note });
  expect(resampleMs).toBeGreaterThan(0);
  expect(draw.ms).toBeLessThan(1000);
  await snap(page, testInfo, 'large-resampled');
});
