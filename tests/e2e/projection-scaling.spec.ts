import AxeBuilder from '@axe-core/playwright';
import { type Page, test } from '@playwright/test';
import { classRows } from '../../src/core/data/dataset';
import { fitPca, pcaScores } from '../../src/core/data/pca';
import type { ScalingKind } from '../../src/core/data/scaling';
import { bruteForceIndex } from '../../src/core/neighbors/brute';
import { findNeighbors } from '../../src/core/neighbors/find-neighbors';
import { createRandom } from '../../src/core/random';
import { runMethodScaled, scaleDataset } from '../../src/core/sampling/scaled-run';
import { resultToCsv } from '../../src/io/export-csv';
import { evaluationPanel, openEvaluation } from './evaluation-runs';
import { download } from './exports-page';
import { builtIn, resampleAndWait } from './method-runs';
import {
  expect,
  inspector,
  openView,
  PROJECTOR,
  plot,
  query,
  rowPosition,
  snap,
  syntheticPosition,
} from './plot-page';
import { narration, openStepperByKeyboard } from './stepper-runs';

test.use({ viewport: PROJECTOR });

const LOANS = '?dataset=loan-default&k=3&anchor=0&seed=0';
const { data } = builtIn('loan-default');

/** The anchor's k nearest rows of its class, by the core's brute-force oracle on scaled features. */
function oracleNeighbors(anchor: number, k: number, kind: ScalingKind): number[] {
  const scaled = scaleDataset(data, kind).data;
  const rows = classRows(scaled, scaled.y[anchor]);
  const index = bruteForceIndex(scaled.X, scaled.d, rows);
  return Array.from(findNeighbors(index, scaled.X, scaled.d, [anchor], k).indices);
}

/** The app's Resample on loan-default (SMOTE, k = 3, seed 0), done by the core in Node. */
function appRun(kind: ScalingKind) {
  const run = runMethodScaled('SMOTE', data, { k_neighbors: 3 }, { random: createRandom(0) }, kind);
  if (!run.ok) throw new Error(run.error.message);
  return run;
}

function neighbourRows(page: Page) {
  return inspector(page).getByRole('table', { name: 'Neighbours' }).locator('tbody th');
}

/** Screen positions are an affine map of the scores on each axis: checked on every row. */
async function expectPlotted(
  scores: Float64Array,
  count: number,
  at: (i: number) => Promise<{ x: number; y: number }>,
) {
  const screen = [];
  for (let i = 0; i < count; i++) screen.push(await at(i));
  for (const [axis, key] of [
    [0, 'x'],
    [1, 'y'],
  ] as const) {
    const s = Array.from({ length: count }, (_, i) => scores[i * 2 + axis]);
    const lo = s.indexOf(Math.min(...s));
    const hi = s.indexOf(Math.max(...s));
    const slope = (screen[hi][key] - screen[lo][key]) / (s[hi] - s[lo]);
    for (let i = 0; i < count; i++) {
      const expected = screen[lo][key] + slope * (s[i] - s[lo]);
      expect(Math.abs(screen[i][key] - expected), `row ${i} on ${key}`).toBeLessThan(0.5);
    }
    // y grows upward on the plot: a higher score is higher on screen.
    expect(axis === 0 ? slope > 0 : slope < 0).toBe(true);
  }
}

test('PCA plots every row, mark and synthetic point at its PC1/PC2 scores', async ({
  page,
}, testInfo) => {
  await openView(page, LOANS, data.n);
  // Keyboard only: the arrow key on the focused list picks the next projection.
  await page.getByLabel('Projection').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Projection')).toHaveValue('pca');
  await expect(page).toHaveURL(/proj=pca/);
  const fit = fitPca(data.X, data.n, data.d);
  const [first, second] = fit.explainedVarianceRatio.map((r) => (r * 100).toFixed(1));
  await expect(page.locator('.axis-label').first()).toHaveText(
    `PC1 of the standardised features (${first}% of the variance)`,
  );
  await expect(page.locator('.axis-label').nth(1)).toHaveText(`PC2 (${second}% of the variance)`);
  await expect(page.getByLabel('Horizontal axis')).toBeDisabled();
  await expect(plot(page)).toHaveAccessibleName('Scatter plot of loan-default: PC2 against PC1');
  await expectPlotted(pcaScores(fit, data.X), data.n, (i) => rowPosition(page, i));

  // The walkthrough's marks sit on the rows they name.
  const svg = (await page.locator('svg.plot-svg').boundingBox())!;
  for (const row of oracleNeighbors(0, 3, 'none')) {
    const mark = page.locator(`.neighbor-mark[data-row="${row}"]`);
    const at = await rowPosition(page, row);
    expect(Math.abs(Number(await mark.getAttribute('cx')) + svg.x - at.x)).toBeLessThan(0.5);
    expect(Math.abs(Number(await mark.getAttribute('cy')) + svg.y - at.y)).toBeLessThan(0.5);
  }

  // Synthetic rows go through the same fitted transform as the data.
  await resampleAndWait(page, 'SMOTE');
  const run = appRun('none');
  const { pool, nInput } = run.value;
  const all = pcaScores(fit, pool.X);
  const made = pool.n - nInput;
  expect(made).toBeGreaterThan(0);
  const both = Float64Array.from([...all.subarray(0, 4), ...all.subarray(nInput * 2)]);
  await expectPlotted(both, made + 2, (i) =>
    i < 2 ? rowPosition(page, i) : syntheticPosition(page, i - 2),
  );

  await openEvaluation(page, 'logistic');
  await evaluationPanel(page).getByRole('radio', { name: 'Without resampling' }).check();
  await expect(evaluationPanel(page).getByRole('alert')).toHaveText(
    'Decision boundary: not shaded in the PCA view, where every point mixes all the features; pick two columns under Projection to see it.',
  );
  await expect(page.locator('canvas.boundary-canvas')).toHaveCount(0);
  // Back on two columns, the same boundary is shaded.
  await page.getByLabel('Projection').selectOption('columns');
  await expect(page.locator('canvas.boundary-canvas')).toHaveAttribute('data-boundary', 'plain');
  await page.getByLabel('Projection').selectOption('pca');
  await expect(page.locator('canvas.boundary-canvas')).toHaveCount(0);
  await snap(page, testInfo, 'pca-view');
});

test('feature scaling changes the anchor’s neighbours, and the inspector says which', async ({
  page,
}, testInfo) => {
  await openView(page, LOANS, data.n);
  const before = oracleNeighbors(0, 3, 'none');
  const after = oracleNeighbors(0, 3, 'standardise');
  expect(before).not.toEqual(after);
  await expect(neighbourRows(page)).toHaveText(before.map(String));
  await page.getByLabel('Feature scaling').selectOption('standardise');
  await expect(page).toHaveURL(/scale=standard/);
  expect(query(page).get('scale')).toBe('standard');
  await expect(neighbourRows(page)).toHaveText(after.map(String));
  const added = after.filter((r) => !before.includes(r));
  const dropped = before.filter((r) => !after.includes(r));
  expect([added, dropped]).toEqual([
    [2, 4],
    [3, 5],
  ]);
  await expect(inspector(page).locator('[data-note="scaling-change"]')).toHaveText(
    'With standardised features, rows 2 and 4 are now among the 3 nearest; rows 3 and 5 are not (with unscaled features they were).',
  );
  await expect(page.locator('.neighbor-mark')).toHaveCount(3);
  for (const row of after)
    await expect(page.locator(`.neighbor-mark[data-row="${row}"]`)).toHaveCount(1);

  // Row 4 is a true neighbour, yet row 5 (not one) sits nearer the anchor on screen.
  const [a, four, five] = [
    await rowPosition(page, 0),
    await rowPosition(page, 4),
    await rowPosition(page, 5),
  ];
  const far = (p: { x: number; y: number }) => Math.hypot(p.x - a.x, p.y - a.y);
  expect(far(five)).toBeLessThan(far(four));
  await expect(inspector(page).locator('[data-note="misplaced"][data-row="4"]')).toHaveText(
    /^Row 4 is the 3rd nearest in all 3 features but looks farther than row 5 .*here, because row 5 is farther away in age, which is not on the axes\.$/,
  );
  // The new controls and notes pass an accessibility audit (names, contrast, roles).
  const audit = await new AxeBuilder({ page }).include('.controls').include('.inspector').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await snap(page, testInfo, 'scaling-standardised');
  await inspector(page).screenshot({ path: testInfo.outputPath('inspector-notes.png') });

  await page.getByLabel('Feature scaling').selectOption('min-max');
  await expect(neighbourRows(page)).toHaveText(oracleNeighbors(0, 3, 'min-max').map(String));
  await expect(page).toHaveURL(/scale=minmax/);
});

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

test('Resample with standardised features: synthetic rows are in the file’s units', async ({
  page,
}, testInfo) => {
  await openView(page, `${LOANS}&scale=standard`, data.n);
  await expect(page.getByLabel('Feature scaling')).toHaveValue('standardise');
  await resampleAndWait(page, 'SMOTE');
  await expect(page.locator('[data-note="export-scaling"]')).toHaveText(
    "This run found its neighbours on standardised features; the CSV and JSON hold every value in the file's own units, as smote-lab resample --scale standard writes them, and the Python scales, resamples and scales back.",
  );
  const { bytes } = await download(page, 'Output CSV');
  const run = appRun('standardise');
  expect(bytes.toString('utf8')).toBe(resultToCsv(run.value));
  const [header, ...rows] = csvRows(bytes.toString('utf8'));
  const col = (name: string) => header.indexOf(name);
  const synthetic = rows.filter((r) => r[col('synthetic')] === '1');
  expect(synthetic.length).toBe(run.value.pool.n - run.value.nInput);
  for (const r of synthetic) {
    const [anchor, neighbor, gap] = [
      Number(r[col('anchor')]),
      Number(r[col('neighbor')]),
      Number(r[col('gap')]),
    ];
    // The neighbour was found on standardised features.
    expect(oracleNeighbors(anchor, 3, 'standardise')).toContain(neighbor);
    data.featureNames.forEach((name, j) => {
      const x = data.X[anchor * data.d + j];
      const expected = x + gap * (data.X[neighbor * data.d + j] - x);
      expect(Math.abs(Number(r[col(name)]) - expected)).toBeLessThanOrEqual(
        1e-9 * Math.abs(expected),
      );
    });
  }
  await snap(page, testInfo, 'scaled-resample');
});

test('the Python export scales before the sampler and maps back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, `${LOANS}&scale=minmax`, data.n);
  await page
    .getByRole('region', { name: 'Export' })
    .getByRole('button', { name: 'Copy as Python' })
    .click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain('from sklearn.preprocessing import MinMaxScaler');
  expect(code).toContain('X_res[numeric] = scaler.inverse_transform(X_res[numeric])');
});

/** Opens the stepper on the run of `link` and moves to the first sample's neighbours. */
async function stepToNeighbours(page: Page, link: string) {
  await openView(page, link, data.n);
  await resampleAndWait(page, 'SMOTE');
  await openStepperByKeyboard(page);
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toHaveAttribute('data-phase', 'neighbors');
  const anchor = Number(await page.locator('.step-anchor').getAttribute('data-row'));
  const rows = await page
    .locator('.step-neighbor')
    .evaluateAll((marks) => marks.map((m) => Number(m.getAttribute('data-row'))));
  return { anchor, rows };
}

/** Pixels per data unit along x and y, from two rows whose plotted values are known. */
async function pixelsPerUnit(page: Page, xs: number[], ys: number[], a: number, b: number) {
  const [pa, pb] = [await rowPosition(page, a), await rowPosition(page, b)];
  return {
    x: Math.abs((pb.x - pa.x) / (xs[b] - xs[a])),
    y: Math.abs((pb.y - pa.y) / (ys[b] - ys[a])),
  };
}

async function ring(page: Page) {
  return page
    .locator('.step-radius')
    .evaluate((e) => ['rx', 'ry'].map((a) => Number(e.getAttribute(a))));
}

test('the stepper searches the scaled features and draws its ring in the projection', async ({
  page,
}, testInfo) => {
  const scaled = scaleDataset(data, 'standardise').data;
  const kthDistance = (anchor: number, row: number) =>
    Math.hypot(
      ...Array.from({ length: 3 }, (_, j) => scaled.X[row * 3 + j] - scaled.X[anchor * 3 + j]),
    );

  // PC1/PC2 of standardised features with a standardised search: the ball's shadow is a circle of
  // the same radius in PC units.
  const pca = await stepToNeighbours(page, `${LOANS}&scale=standard&proj=pca`);
  expect(pca.rows).toEqual(oracleNeighbors(pca.anchor, 3, 'standardise'));
  const scores = pcaScores(fitPca(data.X, data.n, data.d), data.X);
  const pcx = Array.from({ length: data.n }, (_, i) => scores[i * 2]);
  const pcy = Array.from({ length: data.n }, (_, i) => scores[i * 2 + 1]);
  const perPc = await pixelsPerUnit(page, pcx, pcy, 6, 13);
  const r = kthDistance(pca.anchor, pca.rows[2]);
  const [rx, ry] = await ring(page);
  expect(Math.abs(rx - r * perPc.x)).toBeLessThan(0.5);
  expect(Math.abs(ry - r * perPc.y)).toBeLessThan(0.5);
  await expect(narration(page)).toContainText(
    "Distances are measured on standardised features; the values shown are the file's own.",
  );
  await snap(page, testInfo, 'stepper-pca-standardised');

  // On two columns the same ball is an ellipse: r standard deviations of each plotted feature.
  const columns = await stepToNeighbours(page, `${LOANS}&scale=standard`);
  const sd = scaleDataset(data, 'standardise').scaling.scale;
  const column = (j: number) => Array.from({ length: data.n }, (_, i) => data.X[i * 3 + j]);
  const perUnit = await pixelsPerUnit(page, column(0), column(1), 6, 13);
  const rc = kthDistance(columns.anchor, columns.rows[2]);
  const [ex, ey] = await ring(page);
  expect(Math.abs(ex - rc * sd[0] * perUnit.x)).toBeLessThan(0.5);
  expect(Math.abs(ey - rc * sd[1] * perUnit.y)).toBeLessThan(0.5);

  // An unscaled search has no honest ring on the standardised PCs.
  const raw = await stepToNeighbours(page, `${LOANS}&proj=pca`);
  expect(raw.rows).toEqual(oracleNeighbors(raw.anchor, 3, 'none'));
  await expect(page.locator('.step-neighbor')).toHaveCount(3);
  await expect(page.locator('.step-radius')).toHaveCount(0);
  await expect(narration(page)).toContainText(
    'No ring is drawn: PC1 and PC2 show the standardised features, where a ball of this search on unscaled features is no circle.',
  );
  await expect(narration(page)).not.toContainText('The ring through');
});
