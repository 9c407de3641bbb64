import { type Page, test } from '@playwright/test';
import { METRIC_NAMES } from '../../src/core/evaluation/fold-metrics';
import { confusionAtThreshold } from '../../src/core/evaluation/threshold-view';
import type { ClassifierName } from '../../src/core/learn/classifier';
import { bestPerMetric, meanStdText } from '../../src/ui/evaluation/metric-columns';
import {
  coreEvaluation,
  DEFAULT_VARIANTS,
  evaluateAndWait,
  evaluationPanel,
  openEvaluation,
} from './evaluation-runs';
import { expect, openView, PROJECTOR, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

/** Runs the panel's default evaluation of the moons in the page and returns the same run in Node. */
async function evaluateMoons(page: Page, classifier: ClassifierName) {
  await openView(page, '?dataset=moons-curved-minority', 330);
  await openEvaluation(page, classifier);
  await evaluateAndWait(page, 4);
  return coreEvaluation('moons-curved-minority', classifier);
}

test('the metrics table shows the core run in Node, with the best per metric starred', async ({
  page,
}, testInfo) => {
  const core = await evaluateMoons(page, 'tree');
  // Numeric data: only the two categorical samplers are left out, each with its own reason.
  await expect(evaluationPanel(page).locator('.eval-hidden-note')).toHaveText(
    'Not offered here: SMOTENC, SMOTEN (needs text (categorical) columns).',
  );
  const table = page.getByRole('table', { name: 'Metrics by variant' });
  await expect(table.locator('thead th')).toHaveText(['Metric', ...DEFAULT_VARIANTS]);
  const best = bestPerMetric(core.honest.results);
  for (const name of METRIC_NAMES) {
    const cells = table.locator(`tr[data-metric="${name}"] td`);
    const expected = core.honest.results.map((r, i) => {
      const text = meanStdText(r.metrics[name]);
      return best[name].includes(i) ? `${text} ★(best)` : text;
    });
    await expect(cells).toHaveText(expected);
  }
  // Some metric has a single winner, and not every variant wins everywhere.
  expect(METRIC_NAMES.some((n) => best[n].length === 1)).toBe(true);
  await expect(table.locator('td.eval-best')).toHaveCount(
    METRIC_NAMES.reduce((sum, n) => sum + best[n].length, 0),
  );
  await table.scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'evaluation-table');
});

test('the threshold slider recounts the pooled confusion matrix on the page', async ({
  page,
}, testInfo) => {
  const core = await evaluateMoons(page, 'logistic');
  const panel = evaluationPanel(page);
  await panel.getByLabel('Variant in the matrix').selectOption('SMOTE');
  const smoteRun = core.honest.results.find((r) => r.method === 'SMOTE')!;
  const smote = smoteRun.pooled;
  const matrix = page.getByRole('table', { name: 'Confusion matrix of SMOTE' });
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['tp', 'fn', 'fp', 'tn'].map(async (c) => [
          c,
          Number((await matrix.locator(`[data-cell="${c}"]`).textContent())?.split(' ')[1]),
        ]),
      ),
    );
  await expect(matrix.locator('[data-cell="tp"]')).toHaveText(
    `TP ${confusionAtThreshold(smote.truth, smote.scores, 0.5).tp}`,
  );
  expect(await counts()).toEqual(confusionAtThreshold(smote.truth, smote.scores, 0.5));
  expect(smoteRun.confusion).toEqual(await counts());
  await panel.getByLabel('Threshold').fill('0.9');
  const high = confusionAtThreshold(smote.truth, smote.scores, 0.9);
  await expect(matrix.locator('[data-cell="tp"]')).toHaveText(`TP ${high.tp}`);
  expect(await counts()).toEqual(high);
  expect(high.tp).toBeLessThan(confusionAtThreshold(smote.truth, smote.scores, 0.5).tp);
  await panel.getByLabel('Threshold').fill('0.1');
  const low = confusionAtThreshold(smote.truth, smote.scores, 0.1);
  await expect(matrix.locator('[data-cell="fp"]')).toHaveText(`FP ${low.fp}`);
  expect(await counts()).toEqual(low);
  await expect(page.locator('figure.eval-figure path[data-variant]')).toHaveCount(4);
  await page.getByRole('img', { name: /Precision-recall curves/ }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'evaluation-threshold');
});

test('the leakage lesson shows resampling before the split scoring higher', async ({
  page,
}, testInfo) => {
  const core = await evaluateMoons(page, 'tree');
  const lesson = page.getByRole('table', { name: 'Honest and leaky scores' });
  for (const method of ['RandomOverSampler', 'SMOTE']) {
    const honest = core.honest.results.find((r) => r.method === method)!;
    const leaky = core.leaky!.results.find((r) => r.method === method)!;
    const row = lesson.locator(`tr[data-variant="${method}"][data-metric="f1"]`);
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(1, 3)).toEqual([
      honest.metrics.f1.mean.toFixed(3),
      leaky.metrics.f1.mean.toFixed(3),
    ]);
    const [h, l] = cells.slice(1, 3).map(Number);
    expect(l, `${method}: leaky F1 above honest`).toBeGreaterThan(h + 0.03);
    expect(cells[3]).toMatch(/^\+0\.\d{3}$/);
  }
  await expect(lesson.locator('tr')).toHaveCount(1 + 2 * 3);
  await page.getByRole('region', { name: 'Leakage lesson' }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'evaluation-leakage');
});

test('opening another dataset clears the results; changed settings mark them stale', async ({
  page,
}) => {
  await evaluateMoons(page, 'logistic');
  const panel = evaluationPanel(page);
  await panel.getByLabel('Classifier').selectOption('knn');
  await expect(panel.getByRole('note')).toContainText('These results are for the earlier settings');
  await expect(panel.getByLabel(/^class_weight/)).toBeDisabled();
  await page.getByLabel('Dataset').selectOption('blobs-split-minority');
  await expect(panel.getByRole('table', { name: 'Metrics by variant' })).toHaveCount(0);
  await expect(panel.getByRole('status').first()).toHaveText('Nothing evaluated yet.');
});

test('text columns: SMOTENC stands in for SMOTE, and the table is the core run in Node', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=subscriptions-mixed', 104);
  await openEvaluation(page, 'logistic');
  const panel = evaluationPanel(page);
  await expect(panel.getByRole('checkbox', { name: 'SMOTENC' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'SMOTE', exact: true })).toHaveCount(0);
  await expect(panel.getByRole('checkbox', { name: 'TomekLinks' })).toHaveCount(0);
  await expect(panel.locator('.eval-hidden-note')).toHaveText(
    "'contract', 'payment' are text columns, one-hot encoded for the classifier; SMOTENC stands in for SMOTE. Not offered here: SMOTE, BorderlineSMOTE, ADASYN, SVMSMOTE, KMeansSMOTE, TomekLinks, EditedNearestNeighbours, SMOTETomek, SMOTEENN (needs numeric features only; use SMOTENC or SMOTEN).",
  );
  await evaluateAndWait(page, 4);
  await expect(panel.getByRole('note')).toHaveCount(0);
  const methods = ['none', 'class_weight', 'SMOTENC', 'RandomOverSampler'];
  const core = coreEvaluation('subscriptions-mixed', 'logistic', methods);
  const table = page.getByRole('table', { name: 'Metrics by variant' });
  await expect(table.locator('thead th')).toHaveText(['Metric', ...methods]);
  const recall = table.locator('tr[data-metric="recall"] td');
  const best = bestPerMetric(core.honest.results);
  await expect(recall).toHaveText(
    core.honest.results.map((r, i) => {
      const text = meanStdText(r.metrics.recall);
      return best.recall.includes(i) ? `${text} ★(best)` : text;
    }),
  );
  await table.scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'evaluation-mixed');
});

test('more folds than minority rows gets a one-line message naming the class', async ({ page }) => {
  await openView(page, '?dataset=fraud-walkthrough', 48);
  await openEvaluation(page, 'logistic');
  await evaluationPanel(page).getByLabel('Folds').fill('12');
  await evaluationPanel(page).getByLabel('Folds').press('Enter');
  await evaluationPanel(page).getByRole('button', { name: 'Evaluate', exact: true }).click();
  await expect(evaluationPanel(page).getByRole('alert')).toHaveText(
    "folds = 12 is more than the 8 rows of class 'fraud'; every class needs a row in every fold",
  );
  await expect(page.getByRole('table', { name: 'Metrics by variant' })).toHaveCount(0);
});
