// For the upload specs: open a file through the page's own controls (the file picker, a drop on
// the page, the paste dialog) and read what the page says about the dataset on screen.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from './exports-page';
import { expect } from './plot-page';

export function fixture(file: string): string {
  return join(FIXTURES, file);
}

/** Clicks "Open CSV" and picks `path` in the file chooser, as a user does. */
export async function pickFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open CSV' }).click();
  await (await chooser).setFiles(path);
}

/** Drops a file named `name` holding `text` on the page. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/csv' }));
      return data;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/** Opens the paste dialog, types the text and opens it. */
export async function pasteCsv(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste CSV' });
  await dialog.getByLabel(/CSV text/).fill(text);
  await dialog.getByRole('button', { name: 'Open pasted CSV' }).click();
}

export function dataPanel(page: Page) {
  return page.getByRole('region', { name: 'Data' });
}

/** Waits until `name` is the dataset on screen and the canvas has drawn exactly `rows` points. */
export async function expectOpened(page: Page, name: string, rows: number): Promise<void> {
  await expect(dataPanel(page).locator('.data-file strong')).toHaveText(name);
  await page.waitForFunction((n) => window.smoteLabPlot?.lastDraw.points === n, rows);
}

export function fixtureText(file: string): string {
  return readFileSync(fixture(file), 'utf8');
}

export function fileName(path: string): string {
  return basename(path);
}
