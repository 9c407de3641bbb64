import { test } from '@playwright/test';
import { evaluateAndWait, evaluationPanel, openEvaluation } from './evaluation-runs';
import { expect, openView, PROJECTOR, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

/** Pixels of the boundary layer shaded orange (the minority's colour) and blue (the majority's). */
async function shadedPixels(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.boundary-canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return null;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let minority = 0;
    let majority = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 8) continue;
      if (data[i] > data[i + 2]) minority++;
      else majority++;
    }
    return { minority, majority };
  });
}

test('the decision boundary shades the plot, and resampling widens the minority region', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=moons-curved-minority', 330);
  await openEvaluation(page, 'logistic');
  const panel = evaluationPanel(page);
  await expect(page.locator('canvas.boundary-canvas')).toHaveCount(0);
  await panel.getByRole('radio', { name: 'Without resampling' }).check();
  await expect(panel.getByRole('status').last()).toContainText(
    'Shaded: logistic without resampling, fitted on x1 and x2; 330 training rows.',
  );
  await expect(page.locator('canvas.boundary-canvas')).toHaveAttribute('data-boundary', 'plain');
  const plain = await shadedPixels(page);
  await snap(page, testInfo, 'boundary-plain');
  await panel.getByRole('radio', { name: 'After SMOTE' }).check();
  await expect(panel.getByRole('status').last()).toContainText(
    'Shaded: logistic after SMOTE, fitted on x1 and x2; 600 training rows.',
  );
  await expect(page.locator('canvas.boundary-canvas')).toHaveAttribute(
    'data-boundary',
    'resampled',
  );
  const resampled = await shadedPixels(page);
  await snap(page, testInfo, 'boundary-smote');
  expect(plain).not.toBeNull();
  expect(resampled).not.toBeNull();
  expect(plain!.minority + plain!.majority).toBeGreaterThan(10_000);
  // Balanced training data moves the logistic boundary into the majority's side.
  expect(resampled!.minority).toBeGreaterThan(plain!.minority * 1.3);
  await panel.getByRole('radio', { name: 'Off' }).check();
  await expect(page.locator('canvas.boundary-canvas')).toHaveCount(0);
});

test('a boundary of a dataset with more features says it is fitted on the plotted two', async ({
  page,
}) => {
  await openView(page, '?dataset=loan-default', 46);
  await openEvaluation(page, 'tree');
  await evaluationPanel(page).getByRole('radio', { name: 'Without resampling' }).check();
  await expect(evaluationPanel(page).getByRole('status').last()).toContainText(
    'Shaded: tree without resampling, fitted on income and loan_amount only (the dataset has 3 features)',
  );
});

test('Cancel stops a long evaluation and the panel keeps working', async ({ page }) => {
  await openView(page, '?dataset=large-40k-points', 40_000);
  await openEvaluation(page, 'knn');
  const panel = evaluationPanel(page);
  await panel.getByRole('button', { name: 'Evaluate', exact: true }).click();
  await expect(panel.getByRole('status').first()).toContainText('Evaluating in the background');
  await expect(panel.getByRole('progressbar', { name: 'Evaluation progress' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Evaluation cancelled.');
  await expect(panel.getByRole('table', { name: 'Metrics by variant' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Evaluate', exact: true })).toBeEnabled();
  // The resampling worker was not the one cancelled: Resample still runs.
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect(page.getByRole('region', { name: 'Resample' }).getByRole('status')).toContainText(
    /^SMOTE with sampling_strategy=.* in \d+ ms\.$/,
    { timeout: 60_000 },
  );
  // A fresh evaluation worker takes the next run.
  await page.getByLabel('Dataset').selectOption('moons-curved-minority');
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 330);
  await evaluateAndWait(page, 3);
  await expect(
    panel.getByRole('table', { name: 'Metrics by variant' }).locator('thead th'),
  ).toHaveText(['Metric', 'none', 'SMOTE', 'RandomOverSampler']);
});
