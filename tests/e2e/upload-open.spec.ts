// Opening a user's CSV: the file picker, a drop on the page and pasted text, all read in the
// worker. The schema, label guess and axes are the page's; the resampled CSV is checked against
// the core run on the same file, the PNG and SVG against the plot on screen.
import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';
import { createRandom } from '../../src/core/random';
import { listMethods, runMethod } from '../../src/core/sampling/registry';
import type { Params } from '../../src/core/sampling/types';
import { resultToCsv } from '../../src/io/export-csv';
import { loadCsv } from '../../src/io/stream-csv';
import { download, exportStatus, svgCounts } from './exports-page';
import { pickMethod, resampleAndWait } from './method-runs';
import { expect, inspector, openView, plot, query, rowPosition, snap } from './plot-page';
import {
  dataPanel,
  dropFile,
  expectOpened,
  fixture,
  fixtureText,
  pasteCsv,
  pickFile,
} from './upload-page';

const MULTI = 'good/multi-column.csv';

/** The CSV the command's core writes for this file, label, method and seed. */
async function coreCsv(file: string, label: string, method: string, k: number, seed: number) {
  const loaded = await loadCsv(fixtureText(file), { label });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { dataset, csv } = loaded.value;
  const run = runMethod(method, dataset, { k_neighbors: k }, { random: createRandom(seed) });
  if (!run.ok) throw new Error(run.error.message);
  return resultToCsv(run.value, csv.header);
}

function pngSize(bytes: Buffer): [number, number] {
  // IHDR: width and height as big-endian 32-bit numbers after the signature and chunk header.
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('a multi-column CSV from the file picker: schema, axes, label, resample and every export', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&seed=0&anchor=none', 48);
  await pickFile(page, fixture(MULTI));
  await expectOpened(page, 'multi-column.csv', 40);
  const data = dataPanel(page);
  await expect(data).toContainText('40 rows, 6 columns, comma-separated');
  await expect(data.getByLabel('Label column')).toHaveValue('class');
  await expect(data).toContainText('(guessed)');
  await expect(data).toContainText('Minority class: yes (10 of 40 rows)');
  await data.getByText(/^Columns: 3 numeric, 2 categorical, 1 label$/).click();
  const kinds = await data.locator('tbody tr').allInnerTexts();
  expect(kinds.map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual([
    'amount numeric',
    'age numeric',
    'score numeric',
    'channel categorical (text)',
    'class label',
    'region categorical (text)',
  ]);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('multi-column.csv');
  // The link keeps the settings and the file's name, never its data.
  await expect(data).toContainText('links to this view keep the settings, not the data');
  await expect.poll(() => query(page).get('file')).toBe('multi-column.csv');
  expect(query(page).has('dataset')).toBe(false);
  expect(query(page).get('k')).toBe('3');

  await page.getByLabel('Horizontal axis').selectOption('score');
  await page.getByLabel('Vertical axis').selectOption('age');
  await expect(plot(page)).toHaveAttribute('aria-label', /: age against score$/);
  // The walkthrough on the file: row 0 is a 'yes' row, so an anchor with its neighbours.
  const row0 = await rowPosition(page, 0);
  await page.mouse.click(row0.x, row0.y);
  await expect(inspector(page)).toContainText('row 0');
  await expect.poll(() => query(page).get('anchor')).toBe('0');
  await snap(page, testInfo, 'multi-column-anchor');

  await pickMethod(page, 'SMOTENC');
  await resampleAndWait(page, 'SMOTENC');
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('yes 10 → 30');
  await expect(legend).toContainText('no 30 → 30');
  await snap(page, testInfo, 'multi-column-resampled');

  const csv = await download(page, 'Output CSV');
  expect(csv.file.suggestedFilename()).toBe('multi-column-SMOTENC-seed0.csv');
  const text = csv.bytes.toString('utf8');
  expect(text).toBe(await coreCsv(MULTI, 'class', 'SMOTENC', 3, 0));
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('amount,age,score,channel,class,region,synthetic,anchor,neighbor,gap');
  const synthetic = lines.slice(1).filter((line) => line.split(',')[6] === '1');
  expect(synthetic).toHaveLength(20);
  for (const line of synthetic) {
    const cells = line.split(',');
    expect(cells[4]).toBe('yes');
    expect(['web', 'shop', 'phone']).toContain(cells[3]);
  }

  const png = await download(page, 'Plot PNG');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const box = (await plot(page).boundingBox())!;
  expect(pngSize(png.bytes)).toEqual([Math.floor(box.width), Math.floor(box.height)]);

  const svg = await download(page, 'Plot SVG');
  const counts = await svgCounts(page, svg.bytes.toString('utf8'));
  expect(counts.errors).toBe(0);
  expect(counts.points).toEqual({ no: 30, yes: 10 });
  expect(counts.synthetic).toEqual({ yes: 20 });

  // Another label column: derived in the worker from the parsed table, the result cleared.
  await data.getByLabel('Label column').selectOption('region');
  await expect(data).toContainText('(chosen)');
  await expect(data).toContainText('Minority class: south (16 of 40 rows)');
  await expect(legend).toContainText('north 24');
  await expect(legend).not.toContainText('→');
  await resampleAndWait(page, 'SMOTENC');
  await expect(legend).toContainText('south 16 → 24');
  const relabelled = await download(page, 'Output CSV');
  expect(relabelled.bytes.toString('utf8')).toBe(await coreCsv(MULTI, 'region', 'SMOTENC', 3, 0));
  await expect(exportStatus(page)).toContainText('Saved multi-column-SMOTENC-seed0.csv');
});

test('every method in the picker runs on the opened file as the core does, or says why not', async ({
  page,
}) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&seed=0&anchor=none', 48);
  await pickFile(page, fixture(MULTI));
  await expectOpened(page, 'multi-column.csv', 40);
  const loaded = await loadCsv(fixtureText(MULTI), { label: 'class' });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const panel = page.getByRole('region', { name: 'Resample' });
  for (const method of listMethods()) {
    const params: Params = {};
    if (method.params.some((p) => p.name === 'k_neighbors')) params.k_neighbors = 3;
    const run = runMethod(method.name, loaded.value.dataset, params, { random: createRandom(0) });
    await pickMethod(page, method.name);
    await page.getByRole('button', { name: 'Resample' }).click();
    if (!run.ok) {
      await expect(panel.getByRole('alert')).toHaveText(run.error.message);
      continue;
    }
    const made = run.value.pool.n - run.value.nInput;
    const removed = run.value.removed.length;
    const parts = [];
    if (made > 0 || removed === 0) parts.push(`made ${made} synthetic points`);
    if (removed > 0) parts.push(`removed ${removed} rows`);
    await expect(panel.getByRole('status')).toContainText(`${method.name} with sampling_strategy=`);
    await expect(panel.getByRole('status')).toContainText(parts.join(' and '));
  }
});

test('the open controls, the Data panel and the paste dialog pass an accessibility audit and work by keyboard', async ({
  page,
}) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none', 48);
  await pickFile(page, fixture('bad/missing-cells.csv'));
  await expectOpened(page, 'missing-cells.csv', 11);
  await dataPanel(page)
    .getByText(/^Columns:/)
    .click();
  const panels = await new AxeBuilder({ page })
    .include('.open-csv')
    .include('.data-report')
    .analyze();
  expect(panels.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Keyboard only: focus the Paste button, open the dialog, type, submit with the keyboard.
  await page.getByRole('button', { name: 'Paste CSV' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Paste CSV' });
  await expect(dialog.getByLabel(/CSV text/)).toBeFocused();
  const dialogAudit = await new AxeBuilder({ page }).include('.paste-dialog').analyze();
  expect(dialogAudit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.type('a,b,label\n1,2,x\n2,3,x\n3,1,x\n2,2,x\n9,9,y\n8,9,y\n9,8,y\n7,7,y\n');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open pasted CSV' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectOpened(page, 'pasted.csv', 8);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Paste CSV' })).toBeFocused();
});

test('a file dropped on the page opens like a picked one', async ({ page }) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none', 48);
  await dropFile(page, 'tabs.tsv', fixtureText('good/tabs.tsv'));
  await expectOpened(page, 'tabs.tsv', 14);
  await expect(dataPanel(page)).toContainText('14 rows, 3 columns, tab-separated');
  await expect(dataPanel(page)).toContainText('Minority class: yes (6 of 14 rows)');
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('pasted semicolon text with decimal commas opens, and Copy as Python reads it the same way', async ({
  page,
}) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none', 48);
  const rows = ['weight;height;target'];
  for (let i = 0; i < 12; i++)
    rows.push(`${i},5;${(i * 2.25).toFixed(2).replace('.', ',')};${i % 3 === 0 ? 'a' : 'b'}`);
  await pasteCsv(page, rows.join('\n'));
  await expectOpened(page, 'pasted.csv', 12);
  await expect(dataPanel(page)).toContainText(
    '12 rows, 3 columns, semicolon-separated, decimal commas',
  );
  await expect(dataPanel(page)).toContainText('Minority class: a (4 of 12 rows)');
  const row = await page.evaluate(() => window.smoteLabPlot?.rowPosition(1) ?? null);
  expect(row).not.toBeNull();
  await page.getByRole('button', { name: 'Copy as Python' }).click();
  await expect(exportStatus(page)).toContainText('Copied');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain('df = pd.read_csv("pasted.csv", sep=";", decimal=",")');
  expect(code).toContain('y = df["target"]');
});
