import { type Page, test } from '@playwright/test';
import { NUMERIC_VARIANTS as NUMERIC } from '../state/compare-variants';
import { compareAll, compareView, expectAccessible, expectedTileName, tile } from './compare-page';
import { coreRun, expectCounts } from './method-runs';
import { expect, openView, PROJECTOR, plot, query, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

/** Every tile's name, drawn points and warnings are those of the core's run in Node. */
async function expectTiles(page: Page, dataset: string, methods: string[], seed: number) {
  for (const method of methods) {
    const run = coreRun(dataset, method, {}, seed);
    const box = tile(page, method);
    const button = box.getByRole('button');
    await expect(button).toHaveAccessibleName(expectedTileName(method, run));
    const canvas = button.locator('canvas');
    const made = run.result.pool.n - run.result.nInput;
    await expect(canvas).toHaveAttribute('data-synthetic', String(made));
    await expect(canvas).toHaveAttribute('data-real', String(run.data.n));
    await expect(canvas).toHaveAttribute('data-removed', String(run.result.removed.length));
    const warnings = box.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
    await expect(warnings).toHaveText(run.result.warnings.map((w) => `⚠ ${w}`));
  }
}

test('every variant the data allows runs with the seed on screen, with the core’s counts', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none&seed=3', 48);
  await compareAll(page, NUMERIC.length);
  const names = compareView(page).locator('li.compare-tile');
  await expect(names).toHaveCount(NUMERIC.length);
  expect(
    await names.evaluateAll((items) => items.map((li) => li.getAttribute('data-method'))),
  ).toEqual(NUMERIC);
  await expectTiles(page, 'fraud-walkthrough', NUMERIC, 3);
  await expect(compareView(page)).toContainText('fraud-walkthrough, seed 3, k 3, scaling none.');
  // The plot is hidden while the tiles are shown.
  await expect(plot(page)).toBeHidden();
  await snap(page, testInfo, 'compare-fraud');
  await expectAccessible(page, '.compare-view');
  await expectAccessible(page, '.choose-variant');

  // Text columns: the samplers that measure numeric distances are not offered.
  await openView(page, '?dataset=subscriptions-mixed&anchor=none', 104);
  await compareAll(page, 3);
  await expect(compareView(page).getByRole('checkbox')).toHaveCount(3);
  await expectTiles(page, 'subscriptions-mixed', ['RandomOverSampler', 'SMOTENC', 'SMOTEN'], 0);
  await snap(page, testInfo, 'compare-mixed');
});

test('clicking a tile opens that method in the plot, resampled with the tile’s counts', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none&seed=2', 48);
  await page.getByRole('button', { name: 'Compare variants' }).click();
  // Only two variants: untick the rest and run again.
  for (const name of NUMERIC.filter((m) => m !== 'SMOTEENN' && m !== 'ADASYN')) {
    await compareView(page).getByRole('checkbox', { name, exact: true }).uncheck();
  }
  await compareView(page).getByRole('button', { name: 'Run the comparison again' }).click();
  await expect(compareView(page).getByRole('status')).toHaveText('Compared 2 variants.');
  await expect(compareView(page).locator('li.compare-tile')).toHaveCount(2);
  // Another seed on screen: the tiles say they are out of date, and still open with their own.
  const seed = page.getByLabel('Seed', { exact: true });
  await seed.fill('5');
  await seed.press('Enter');
  await expect(compareView(page)).toContainText(
    'The seed, k or scaling has changed since (now seed 5, k 3, scaling none): run the comparison again',
  );
  const run = coreRun('fraud-walkthrough', 'SMOTEENN', {}, 2);
  await tile(page, 'SMOTEENN').getByRole('button').click();
  await expect(compareView(page)).toHaveCount(0);
  await expect(page.getByLabel('Method', { exact: true })).toHaveValue('SMOTEENN');
  await expectCounts(page, run);
  const points = run.result.pool.n;
  await page.waitForFunction((n) => window.smoteLabPlot?.lastDraw.points === n, points);
  await expect(plot(page)).toBeFocused();
  // The address bar is written at most every 120 ms, so it is waited for.
  await expect(page).toHaveURL(/[?&]resampled=1/);
  const link = query(page);
  expect(link.get('method')).toBe('SMOTEENN');
  expect(link.get('seed')).toBe('2');
  expect(link.get('compare')).toBeNull();
  await snap(page, testInfo, 'tile-opened');
});

test('the keyboard reaches a tile with Tab and opens it with Enter; Escape goes back', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=blobs-split-minority&anchor=none&seed=1', 326);
  const opener = page.getByRole('button', { name: 'Compare variants' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(compareView(page).getByRole('heading', { name: 'Compare variants' })).toBeFocused();
  await expect(compareView(page).getByRole('status')).toHaveText('Compared 8 variants.', {
    timeout: 60_000,
  });
  await page.keyboard.press('Escape');
  await expect(compareView(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  const run = coreRun('blobs-split-minority', 'KMeansSMOTE', {}, 1);
  const target = expectedTileName('KMeansSMOTE', run);
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      (name) => document.activeElement?.getAttribute('aria-label') === name,
      target,
    );
  }
  expect(reached, `Tab should reach the tile "${target}"`).toBe(true);
  await snap(page, testInfo, 'tile-focused');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Method', { exact: true })).toHaveValue('KMeansSMOTE');
  await expectCounts(page, run);
});

test('a link with compare=1 opens the tiles; a variant that cannot run says why', async ({
  page,
}, testInfo) => {
  await page.goto('/?dataset=two-points&compare=1');
  await expect(compareView(page).getByRole('status')).toHaveText('Compared 8 variants.');
  for (const method of NUMERIC) {
    let run: ReturnType<typeof coreRun> | null = null;
    let error = '';
    try {
      run = coreRun('two-points', method);
    } catch (thrown) {
      error = (thrown as Error).message;
    }
    const box = tile(page, method);
    if (run)
      await expect(box.getByRole('button')).toHaveAccessibleName(expectedTileName(method, run));
    else {
      await expect(box).toHaveAttribute('data-status', 'error');
      await expect(box).toContainText(error);
    }
  }
  await expect(compareView(page).locator('li[data-status="error"]').first()).toBeVisible();
  await snap(page, testInfo, 'compare-errors');
  await expect(page).toHaveURL(/[?&]compare=1/);
  await page.keyboard.press('Escape');
  await expect(compareView(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
});

test('Cancel stops the comparison and leaves the page usable', async ({ page }, testInfo) => {
  await openView(page, '?dataset=large-40k-points&k=5&anchor=none', 40_000);
  await page.getByRole('button', { name: 'Compare variants' }).click();
  const status = compareView(page).getByRole('status');
  await expect(status).toContainText(/Running \w+, \d of 8/);
  // The page answers while the worker runs: a frame comes within a fraction of a second.
  const frameMs = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const started = performance.now();
        requestAnimationFrame(() => done(performance.now() - started));
      }),
  );
  expect(frameMs).toBeLessThan(500);
  await compareView(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText(/^Cancelled after \d of 8 variants\.$/);
  await expect(compareView(page).locator('li[data-status="cancelled"]').first()).toContainText(
    'Not run: cancelled.',
  );
  await snap(page, testInfo, 'compare-cancelled');
  await compareView(page).getByRole('button', { name: 'Back to the plot' }).click();
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('minority 800 → 39200', {
    timeout: 30_000,
  });
});
