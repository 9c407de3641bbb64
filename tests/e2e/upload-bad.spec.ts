// Every bad file of tests/fixtures/bad through "Open CSV": a one-line alert naming the problem
// and its place, and the dataset, view and result on screen untouched.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, test } from '@playwright/test';
import { BAD_FILE_MESSAGES } from '../fixtures/bad-file-messages';
import { resampleAndWait } from './method-runs';
import { expect, openView, snap } from './plot-page';
import { dataPanel, expectOpened, fixture, pickFile } from './upload-page';

const work = mkdtempSync(join(tmpdir(), 'smote-lab-upload-bad-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

// The io layer's messages, plus the app's own check of the smallest class against k.
const CASES: [string, string][] = [
  ...BAD_FILE_MESSAGES,
  [
    'tiny-minority.csv',
    'class yes has 3 samples; k_neighbors can be at most 2 (it is 3): set k to 2 or less first',
  ],
];

/** The fraud walkthrough resampled with SMOTE: what must still be there after each refusal. */
async function openResampled(page: Page): Promise<void> {
  await openView(page, '?dataset=fraud-walkthrough&k=3&seed=0&anchor=0', 48);
  await resampleAndWait(page, 'SMOTE');
}

async function expectPreviousView(page: Page): Promise<void> {
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('fraud-walkthrough');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('fraud 8 → 40');
  await expect(page.getByRole('region', { name: 'Resample' }).getByRole('status')).toContainText(
    'SMOTE with sampling_strategy=',
  );
  await expect(dataPanel(page).locator('.data-file strong')).toHaveText('fraud-walkthrough.csv');
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('row 0');
  expect(await page.evaluate(() => window.smoteLabPlot?.lastDraw.points)).toBe(80);
}

test('each bad file gets its one-line alert and the view on screen stays', async ({
  page,
}, testInfo) => {
  await openResampled(page);
  for (const [file, message] of CASES) {
    await pickFile(page, fixture(`bad/${file}`));
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      `Could not open ${file}: ${message}. Still showing fraud-walkthrough.`,
    );
    await expectPreviousView(page);
    if (file === 'ragged.csv') await snap(page, testInfo, 'ragged-alert');
    await page.getByRole('button', { name: 'Dismiss the file error' }).click();
    await expect(alert).toHaveCount(0);
  }
});

test('a file over the browser budget is refused by its size, before a byte is read', async ({
  page,
}) => {
  await openResampled(page);
  // A sparse file: 300 MiB long, no disk used; the page must not read it to refuse it.
  const path = join(work, 'huge.csv');
  writeFileSync(path, 'a,b,label\n');
  truncateSync(path, 300 * 1024 * 1024);
  await pickFile(page, path);
  await expect(page.getByRole('alert')).toHaveText(
    'Could not open huge.csv: the file is 300.0 MiB, over the 256.0 MiB limit (maxBytes); use a smaller sample of it. Still showing fraud-walkthrough.',
  );
  await expectPreviousView(page);
});

test('missing and NaN cells: rows left out with their numbers, or filled in on request', async ({
  page,
}) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none', 48);
  await pickFile(page, fixture('bad/missing-cells.csv'));
  await expectOpened(page, 'missing-cells.csv', 11);
  const data = dataPanel(page);
  await expect(data).toContainText(
    '3 rows have missing or non-finite cells (data rows 3, 6, 10); left out of resampling.',
  );
  await data.getByLabel('Rows with missing cells').selectOption('impute');
  await expect(data).toContainText(
    '3 rows have missing or non-finite cells (data rows 3, 6, 10); 3 cells imputed.',
  );
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 14);
  await resampleAndWait(page, 'SMOTE');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('yes 6 → 8');
});

test('column names and labels holding HTML are shown as text, never run', async ({ page }) => {
  // Two rows, one per class: RandomOverSampler copies, where SMOTE would need a neighbour.
  await openView(page, '?dataset=fraud-walkthrough&method=RandomOverSampler&anchor=none', 48);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await pickFile(page, fixture('good/html-names.csv'));
  await expectOpened(page, 'html-names.csv', 2);
  const data = dataPanel(page);
  await data.getByText(/^Columns:/).click();
  await expect(data.locator('tbody th').first()).toHaveText('<b>amount</b>');
  await expect(data.locator('tbody th').nth(1)).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(
    '<script>alert(1)</script>',
  );
  expect(await page.locator('main img, main b, .data-report img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
