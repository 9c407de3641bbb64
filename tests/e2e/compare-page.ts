// For the compare and guide specs: open the small multiples, read a tile, and audit with axe.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { CoreRun } from './method-runs';
import { expect } from './plot-page';

export function compareView(page: Page) {
  return page.getByRole('region', { name: 'Compare variants' });
}

/** Opens the small multiples and waits until every ticked variant has run. */
export async function compareAll(page: Page, variants: number): Promise<void> {
  await page.getByRole('button', { name: 'Compare variants' }).click();
  await expect(compareView(page).getByRole('status')).toHaveText(`Compared ${variants} variants.`, {
    timeout: 60_000,
  });
}

export function tile(page: Page, method: string): Locator {
  return compareView(page).locator(`li.compare-tile[data-method="${method}"]`);
}

/** The tile's name as the core's counts give it: the minority first, then classes that changed. */
export function expectedTileName(method: string, run: CoreRun): string {
  const { before, after } = run;
  const names = run.data.classNames;
  const minority = before.indexOf(Math.min(...before));
  const change = (c: number) => `${before[c]} → ${after[c]} ${names[c]}`;
  const others = names.map((_, c) => c).filter((c) => c !== minority && before[c] !== after[c]);
  return `${method}: ${[minority, ...others].map(change).join(', ')}`;
}

/** No serious or critical accessibility violation inside `selector`. */
export async function expectAccessible(page: Page, selector: string): Promise<void> {
  const report = await new AxeBuilder({ page }).include(selector).analyze();
  const bad = report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}
