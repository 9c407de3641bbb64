import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, test } from '@playwright/test';
import {
  buildCli,
  DATASETS,
  download,
  exportStatus,
  FIXTURES,
  runCli,
  serveFixture,
  svgCounts,
} from './exports-page';
import { coreRun, resampleAndWait } from './method-runs';
import { expect, openView, rowPosition, syntheticPosition } from './plot-page';

const work = mkdtempSync(join(tmpdir(), 'smote-lab-exports-'));
let cli = '';
test.beforeAll(() => {
  cli = buildCli(join(work, 'build'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test.describe('the output rows', () => {
  test('the CSV download is byte for byte what the command writes', async ({ page }) => {
    await openView(page, '?dataset=fraud-walkthrough&k=3&seed=0&anchor=none', 48);
    await expect(page.getByRole('button', { name: 'Output CSV' })).toBeDisabled();
    await resampleAndWait(page, 'SMOTE');
    const { file, bytes } = await download(page, 'Output CSV');
    expect(file.suggestedFilename()).toBe('fraud-walkthrough-SMOTE-seed0.csv');
    const expected = runCli(cli, [
      'resample',
      join(DATASETS, 'fraud-walkthrough.csv'),
      '--method',
      'SMOTE',
      '--param',
      'k_neighbors=3',
      '--seed',
      '0',
    ]);
    expect(bytes.equals(expected)).toBe(true);
    expect(bytes.toString('utf8').trim().split('\n')).toHaveLength(81);
    await expect(exportStatus(page)).toHaveText(/^Saved fraud-walkthrough-SMOTE-seed0\.csv \(\d/);
  });

  test('formula-like labels and categories are neutralised exactly as the command does', async ({
    page,
    context,
  }) => {
    await serveFixture(context, 'formula-cells', 'good/formula-cells.csv');
    await openView(page, '?dataset=formula-cells&method=SMOTENC&k=3&seed=7&anchor=none', 20);
    await resampleAndWait(page, 'SMOTENC');
    const csv = await download(page, 'Output CSV');
    const args = ['--method', 'SMOTENC', '--param', 'k_neighbors=3', '--seed', '7'];
    const input = join(FIXTURES, 'good/formula-cells.csv');
    expect(csv.bytes.equals(runCli(cli, ['resample', input, ...args]))).toBe(true);
    const text = csv.bytes.toString('utf8');
    expect(text.split('\n')[0]).toBe("amount,'=score,channel,label,synthetic,anchor,neighbor,gap");
    expect(text).toContain(`"'=HYPERLINK(""http://example.org/x"",""click"")"`);
    expect(text).toContain("-1.3,0.416,'+web,'-cmd,0,,,");
    expect(text).toContain("1.26,-1.738,-1.5,'-cmd,0,,,");
    const json = await download(page, 'Output JSON');
    const fromCli = runCli(cli, ['resample', input, ...args, '--format', 'json']);
    expect(json.bytes.equals(fromCli)).toBe(true);
    expect(json.file.suggestedFilename()).toBe('formula-cells-SMOTENC-seed7.json');
  });
});

/** Pixels of a PNG, decoded by the browser: size and the RGBA at some points. */
async function readPng(page: Page, png: Buffer, points: { x: number; y: number }[]) {
  return page.evaluate(
    async ({ base64, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const colours = points.map(({ x, y }) => [
        ...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data,
      ]);
      return { width: image.naturalWidth, height: image.naturalHeight, colours };
    },
    { base64: png.toString('base64'), points },
  );
}

const BLUE = [0x00, 0x72, 0xb2];
const ORANGE = [0xd5, 0x5e, 0x00];

function near(colour: number[], target: number[], alpha: number, slack = 40) {
  // A point's colour at `alpha` over white paper.
  const mixed = target.map((v) => v * alpha + 255 * (1 - alpha));
  return mixed.every((v, i) => Math.abs(colour[i] - v) <= slack);
}

test.describe('the plot at device pixel ratio 2', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the PNG is twice the plot size and shows the points in their class colours', async ({
    page,
  }, testInfo) => {
    await openView(page, '?dataset=fraud-walkthrough&k=3&seed=0&anchor=none', 48);
    await resampleAndWait(page, 'SMOTE');
    await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 80);
    const box = (await page.locator('.plot').boundingBox())!;
    const legit = await rowPosition(page, 20);
    const fraud = await rowPosition(page, 7);
    const { file, bytes } = await download(page, 'Plot PNG');
    expect(file.suggestedFilename()).toBe('fraud-walkthrough-SMOTE-plot-seed0.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The plot measures its box in whole pixels (rounded down), a fractional layout or not.
    // IHDR: width and height as big-endian 32-bit numbers after the signature and chunk header.
    // The plot measures itself in whole CSS pixels (rounded down), so a layout of fractional
    // height gives the PNG that many whole pixels, twice over.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([
      Math.floor(box.width) * 2,
      Math.floor(box.height) * 2,
    ]);
    const at = (p: { x: number; y: number }) => ({ x: (p.x - box.x) * 2, y: (p.y - box.y) * 2 });
    const png = await readPng(page, bytes, [at(legit), at(fraud), { x: 4, y: 4 }]);
    expect([png.width, png.height]).toEqual([
      Math.floor(box.width) * 2,
      Math.floor(box.height) * 2,
    ]);
    expect(near(png.colours[0], BLUE, 0.9), `row 20: ${png.colours[0]}`).toBe(true);
    expect(near(png.colours[1], ORANGE, 0.9), `row 7: ${png.colours[1]}`).toBe(true);
    expect(png.colours[2]).toEqual([255, 255, 255, 255]);
    await expect(exportStatus(page)).toContainText(
      `(${Math.floor(box.width) * 2} × ${Math.floor(box.height) * 2} pixels`,
    );
    // Look at it: the PNG shown on its own page.
    await page.setContent(`<img src="data:image/png;base64,${bytes.toString('base64')}">`);
    await page.screenshot({ path: testInfo.outputPath('exported-plot-png.png'), fullPage: true });
  });
});

test('the SVG holds every point as a shape of its class, the axes and the marks', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&seed=0&anchor=0&neighbor=1', 48);
  await resampleAndWait(page, 'SMOTE');
  const run = coreRun('fraud-walkthrough', 'SMOTE');
  await syntheticPosition(page, 0);
  const { file, bytes } = await download(page, 'Plot SVG');
  expect(file.suggestedFilename()).toBe('fraud-walkthrough-SMOTE-plot-seed0.svg');
  const text = bytes.toString('utf8');
  const svg = await svgCounts(page, text);
  expect(svg.errors).toBe(0);
  expect(svg.root).toBe('svg');
  expect(svg.points).toEqual({ legitimate: run.before[1], fraud: run.before[0] });
  expect(svg.synthetic).toEqual({ fraud: run.after[0] - run.before[0] });
  expect(svg.ticks).toEqual(
    expect.arrayContaining(['100', '200', 'transaction_amount', 'time_of_day']),
  );
  expect(svg.ticks).toEqual(expect.arrayContaining(['anchor, row 0', 'λ = 0.4']));
  expect(svg.anchor).toBeGreaterThan(0);
  await page.setContent(text);
  await page.screenshot({ path: testInfo.outputPath('exported-plot-svg.png') });
});

test('past 50,000 points the SVG embeds the point layer as an image and says so', async ({
  page,
}) => {
  await openView(page, '?dataset=large-40k-points&k=5&anchor=none', 40_000);
  await page.getByRole('button', { name: 'Resample', exact: true }).click();
  await page.waitForFunction(() => window.smoteLabPlot?.lastDraw.points === 78_400, null, {
    timeout: 30_000,
  });
  const { bytes } = await download(page, 'Plot SVG');
  const svg = await svgCounts(page, bytes.toString('utf8'));
  expect(svg.errors).toBe(0);
  expect(svg.uses).toBe(0);
  expect(svg.images).toContain('points');
  await expect(exportStatus(page)).toContainText('points as one embedded image');
});

test.describe('Copy as Python', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the imbalanced-learn code of the run on the clipboard', async ({ page }) => {
    await openView(page, '?dataset=fraud-walkthrough&k=3&seed=4&anchor=none', 48);
    await page.getByLabel('Method', { exact: true }).selectOption('BorderlineSMOTE');
    await page.getByRole('button', { name: 'Copy as Python' }).click();
    await expect(exportStatus(page)).toHaveText(
      /^Copied \d+ lines of imbalanced-learn code for BorderlineSMOTE\.$/,
    );
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain('df = pd.read_csv("fraud-walkthrough.csv")\n');
    expect(code).toContain('from imblearn.over_sampling import BorderlineSMOTE\n');
    expect(code).toContain('y = df["fraud"]\n');
    expect(code).toContain('sampler = BorderlineSMOTE(k_neighbors=3, random_state=4)\n');
    expect(code).toContain('X_res, y_res = sampler.fit_resample(X, y)\n');
  });
});
