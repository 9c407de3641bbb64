import { test } from '@playwright/test';
import { formatNumber } from '../../src/plot/format-number';
import type { ScreenPoint } from '../../src/plot/plot-test-hook';
import {
  builtIn,
  coreRun,
  expectCounts,
  expectWarnings,
  loneSynthetic,
  pickMethod,
  resampleAndWait,
} from './method-runs';
import {
  expect,
  inspector,
  openView,
  PROJECTOR,
  query,
  rowPosition,
  snap,
  syntheticPosition,
} from './plot-page';

test.use({ viewport: PROJECTOR });

type Page = Parameters<typeof syntheticPosition>[0];

/** Clicks a point once the plot has stopped moving (the legend grows after a run). */
async function clickWhenStill(page: Page, locate: () => Promise<ScreenPoint>) {
  let at = await locate();
  await expect
    .poll(
      async () => {
        const now = await locate();
        const still = now.x === at.x && now.y === at.y;
        at = now;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
  await page.mouse.click(at.x, at.y);
}

async function clickSynthetic(page: Page, index: number) {
  await clickWhenStill(page, () => syntheticPosition(page, index));
  await expect(inspector(page)).toContainText(`Resampled point ${index + 1} `);
}

test('an SVMSMOTE extrapolated point lies beyond its anchor, with a negative λ', async ({
  page,
}, testInfo) => {
  const run = coreRun('overlap-noisy-minority', 'SVMSMOTE');
  const { anchor, neighbor, gap } = run.result.provenance;
  const i = loneSynthetic(run, (j) => gap[j] < 0);
  await openView(
    page,
    '?dataset=overlap-noisy-minority&anchor=none&method=SVMSMOTE&resampled=1',
    446,
  );
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 800);
  await clickSynthetic(page, i);
  const panel = inspector(page);
  const lambda = formatNumber(gap[i], 4);
  expect(lambda).toMatch(/^−0\.\d+/);
  await expect(panel.locator('.provenance-line')).toHaveText(
    `anchor row ${anchor[i]} · neighbour row ${neighbor[i]} · λ = ${lambda}`,
  );
  await expect(panel).toContainText(`Extrapolated: λ = ${lambda} is negative`);
  await expect(panel.locator('.formula-lines code').first()).toContainText(`+ (${lambda}) ×`);
  const marks = page.locator('.provenance');
  await expect(marks).toHaveAttribute('data-gap', String(gap[i]));
  await expect(marks.locator('.extrapolation-line')).toBeVisible();
  // Zoomed in on the anchor, the point sits visibly beyond it, away from the neighbour.
  const from = await rowPosition(page, anchor[i]);
  await page.mouse.move(from.x, from.y);
  await page.mouse.wheel(0, -500);
  await page.mouse.wheel(0, -500);
  await expect
    .poll(async () => {
      const [a, b, p] = [
        await rowPosition(page, anchor[i]),
        await rowPosition(page, neighbor[i]),
        await syntheticPosition(page, i),
      ];
      // Beyond the anchor: the anchor lies between the point and the neighbour.
      const along = (p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y);
      return along < 0 && Math.hypot(p.x - a.x, p.y - a.y) > 20;
    })
    .toBe(true);
  await snap(page, testInfo, 'svmsmote-extrapolated');
});

test('borderline-2 may step toward another class, and the link keeps the choice', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&anchor=none', 48);
  await pickMethod(page, 'BorderlineSMOTE');
  await page.getByLabel('kind', { exact: true }).selectOption('borderline-2');
  await expect.poll(() => query(page).get('p.kind')).toBe('borderline-2');
  await resampleAndWait(page, 'BorderlineSMOTE');
  const run = coreRun('fraud-walkthrough', 'BorderlineSMOTE', { kind: 'borderline-2' });
  await expectCounts(page, run);
  const { neighbor } = run.result.provenance;
  const i = loneSynthetic(run, (j) => run.data.y[neighbor[j]] === 1);
  await clickSynthetic(page, i);
  await expect(inspector(page)).toContainText(
    `Neighbour row ${neighbor[i]} is of class legitimate, not fraud: borderline-2`,
  );
  await snap(page, testInfo, 'borderline-2-other-class');

  await expect.poll(() => query(page).get('resampled')).toBe('1');
  await openView(page, new URL(page.url()).search, 48);
  await expect(page.getByLabel('kind', { exact: true })).toHaveValue('borderline-2');
  await expectCounts(page, run);
});

test('Borderline with no row in danger says so beside the counts', async ({ page }, testInfo) => {
  await openView(page, '?dataset=moons-curved-minority&anchor=none&method=BorderlineSMOTE', 330);
  await page.getByLabel('m_neighbors', { exact: true }).fill('3');
  await resampleAndWait(page, 'BorderlineSMOTE');
  const run = coreRun('moons-curved-minority', 'BorderlineSMOTE', { m_neighbors: 3 });
  expect(run.result.warnings[0]).toMatch(/^BorderlineSMOTE made no samples for class minority/);
  await expectWarnings(page, run);
  await expectCounts(page, run);
  await expect(page.locator('[data-story="danger"]')).toHaveAttribute('data-count', '0');
  await expect.poll(() => query(page).get('p.m_neighbors')).toBe('3');
  await snap(page, testInfo, 'borderline-no-danger');
});

test('points without a neighbour: a copy, a mode, and voted categories', async ({ page }) => {
  const copies = coreRun('overlap-noisy-minority', 'RandomOverSampler');
  await openView(
    page,
    '?dataset=overlap-noisy-minority&anchor=none&method=RandomOverSampler&resampled=1',
    446,
  );
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 800);
  await clickSynthetic(page, 0);
  // Copies of one row sit on one spot; the click takes the first of them.
  await expect(inspector(page)).toContainText(`Copy of row ${copies.result.provenance.anchor[0]}:`);

  const modes = coreRun('subscriptions-mixed', 'SMOTEN');
  await openView(page, '?dataset=subscriptions-mixed&anchor=none&method=SMOTEN&resampled=1', 104);
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 180);
  const m = loneSynthetic(modes, () => true);
  await clickSynthetic(page, m);
  const panel = inspector(page);
  await expect(panel).toContainText(
    `Mode of row ${modes.result.provenance.anchor[m]}'s neighbourhood`,
  );
  const { pool, nInput } = modes.result;
  const category = (c: number) =>
    pool.categorical[c].categories[pool.categorical[c].codes[nInput + m]];
  await expect(panel.locator('.categories')).toHaveText(
    `contract = ${category(0)} · payment = ${category(1)}`,
  );

  await pickMethod(page, 'SMOTENC');
  await resampleAndWait(page, 'SMOTENC');
  const voted = coreRun('subscriptions-mixed', 'SMOTENC');
  await clickSynthetic(page, 0);
  await expect(panel).toContainText('the categories (contract, payment) are voted');
  const vpool = voted.result.pool;
  const votedCategory = (c: number) =>
    vpool.categorical[c].categories[vpool.categorical[c].codes[voted.result.nInput]];
  await expect(panel.locator('.categories')).toHaveText(
    `contract = ${votedCategory(0)} · payment = ${votedCategory(1)}`,
  );
});

test('a removed row says which cleaner removed it', async ({ page }, testInfo) => {
  const tomek = coreRun('overlap-noisy-minority', 'TomekLinks');
  await openView(
    page,
    '?dataset=overlap-noisy-minority&anchor=none&method=TomekLinks&resampled=1',
    446,
  );
  await expect(page.locator('[data-story="removed"]')).toHaveAttribute('data-count', '20');
  const row = tomek.result.removed[0];
  await clickWhenStill(page, () => rowPosition(page, row));
  const panel = inspector(page);
  await expect(panel).toContainText(`Row ${row}, class majority (not an anchor)`);
  await expect(panel).toContainText('Removed by TomekLinks: it is not in the output.');
  await snap(page, testInfo, 'tomek-removed-row');

  const enn = coreRun('overlap-noisy-minority', 'SMOTEENN');
  await pickMethod(page, 'SMOTEENN');
  await resampleAndWait(page, 'SMOTEENN');
  const { nInput, removed } = enn.result;
  const gone = new Set(removed);
  const i = loneSynthetic(enn, (j) => gone.has(nInput + j));
  await clickSynthetic(page, i);
  await expect(panel).toContainText(
    "Removed afterwards by EditedNearestNeighbours (SMOTEENN's cleaning step)",
  );
  await snap(page, testInfo, 'smoteenn-removed-synthetic');
});

test('an invalid parameter shows a one-line alert naming it and keeps the last view', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none&resampled=1', 48);
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 80);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('fraud 8 → 40');
  const field = page.getByLabel('k_neighbors', { exact: true });
  await field.fill('0');
  const region = page.getByRole('region', { name: 'Resample' });
  await expect(region.getByRole('alert')).toHaveText(
    "The 'k_neighbors' parameter of SMOTE must be an int in the range [1, inf); got 0.",
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(legend).toContainText('fraud 8 → 40');
  expect(await page.evaluate(() => window.smoteLabPlot?.lastDraw.points)).toBe(80);
  await expect(page.getByLabel('k neighbours')).toHaveValue('3');
  await expect(region.getByRole('status')).toContainText('Still showing the last result (SMOTE)');
  await expect.poll(() => query(page).get('p.k_neighbors')).toBe('0');
  await snap(page, testInfo, 'invalid-k-neighbors');

  await field.fill('2');
  await expect(region.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('k neighbours')).toHaveValue('2');
  await expect.poll(() => query(page).get('p.k_neighbors')).toBeNull();
  await expect.poll(() => query(page).get('k')).toBe('2');
  const { data } = builtIn('fraud-walkthrough');
  expect(data.n).toBe(48);
});
