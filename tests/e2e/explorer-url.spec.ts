import { test } from '@playwright/test';
import {
  expect,
  inspector,
  openView,
  PROJECTOR,
  plot,
  query,
  rowPosition,
  snap,
} from './plot-page';

test.use({ viewport: PROJECTOR });

test('invalid link values fall back to defaults with a visible notice', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=99&lambda=2&anchor=abc&colour=red', 48);
  const notices = page.getByRole('status', { name: 'Notices' });
  await expect(notices).toContainText(
    "The link's k=99 is not a whole number from 1 to 15; using k=3.",
  );
  await expect(notices).toContainText("The link's lambda=2 is not a number from 0 to 1");
  await expect(notices).toContainText("The link's anchor=abc is not a row number");
  await expect(notices).toContainText("The link's 'colour' setting is unknown");
  await expect(page.getByLabel('k neighbours')).toHaveValue('3');
  await expect(plot(page)).toBeVisible();
  await expect.poll(() => query(page).get('k')).toBe('3');
  await expect.poll(() => query(page).get('anchor')).toBe('none');
  await snap(page, testInfo, 'fallback-notices');

  await openView(page, '?dataset=no-such-data&anchor=20', 48);
  await expect(notices).toContainText("The link's dataset 'no-such-data' is not built in");
  await expect(notices).toContainText('anchor=20 is in the majority class legitimate');
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('fraud-walkthrough');
});

test('k too large shows the explanation instead of crashing', async ({ page }, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0', 48);
  await page.getByLabel('k neighbours').fill('10');
  const message = 'class fraud has 8 samples; k_neighbors can be at most 7 (it is 10)';
  await expect(inspector(page).getByRole('alert')).toContainText(message);
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect(page.getByRole('region', { name: 'Resample' }).getByRole('alert')).toHaveText(
    message,
  );
  await expect(plot(page)).toBeVisible();
  await expect(page).toHaveURL(/k=10/);
  await snap(page, testInfo, 'k-too-large');
  await page.getByLabel('k neighbours').fill('7');
  await expect(
    inspector(page).getByRole('table', { name: 'Neighbours' }).locator('tbody tr'),
  ).toHaveCount(7);
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('fraud 8 → 40');
});

test('changing k or seed updates the view and the URL at once', async ({ page }, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0', 48);
  const panel = inspector(page);
  await page.getByLabel('k neighbours').fill('2');
  await expect(panel.getByRole('table', { name: 'Neighbours' }).locator('tbody tr')).toHaveCount(2);
  await expect(page.locator('.neighbor-mark')).toHaveCount(2);
  await expect.poll(() => query(page).get('k')).toBe('2');

  const children = panel.locator('.children button');
  await expect(children).toHaveCount(3);
  const before = await children.allTextContents();
  await page.getByLabel('Seed').fill('5');
  await expect.poll(() => children.allTextContents()).not.toEqual(before);
  await expect.poll(() => query(page).get('seed')).toBe('5');
  await page.getByLabel('Samples per anchor').fill('6');
  await expect(children).toHaveCount(6);
  await expect(page.locator('.child')).toHaveCount(6);
  await expect.poll(() => query(page).get('samples')).toBe('6');

  await children.nth(2).click();
  await expect(panel).toContainText('Synthetic point 3 of this anchor');
  await snap(page, testInfo, 'k-and-seed');

  await openView(page, new URL(page.url()).search, 48);
  await expect(panel.getByRole('table', { name: 'Neighbours' }).locator('tbody tr')).toHaveCount(2);
  await expect(children).toHaveText(await children.allTextContents());
  await expect(page.getByLabel('Seed')).toHaveValue('5');
});

test('zoom and pan keep the axes and the hit testing right', async ({ page }, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0', 48);
  const ticks = page.locator('.axis text');
  const before = await ticks.allTextContents();
  const anchor = await rowPosition(page, 0);
  await page.mouse.move(anchor.x, anchor.y);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => ticks.allTextContents()).not.toEqual(before);
  await page.mouse.move(anchor.x, anchor.y);
  await page.mouse.down();
  await page.mouse.move(anchor.x + 60, anchor.y + 40, { steps: 5 });
  await page.mouse.up();
  const row3 = await rowPosition(page, 3);
  await page.mouse.click(row3.x, row3.y);
  await expect(inspector(page)).toContainText('Anchor: row 3, class fraud');
  // Reading row 3's position off the zoomed axes gives its data values back: (140, 190).
  const read = await page.evaluate(({ x, y }) => {
    const axis = (index: number, horizontal: boolean, at: number) => {
      const ticks = [...document.querySelectorAll('.axis')[index].querySelectorAll('.tick')].map(
        (tick) => {
          const box = tick.getBoundingClientRect();
          const value = Number((tick.textContent ?? '').replace(/,/g, '').replace('−', '-'));
          return { at: horizontal ? box.left + box.width / 2 : box.top + box.height / 2, value };
        },
      );
      const [first, last] = [ticks[0], ticks[ticks.length - 1]];
      return first.value + ((at - first.at) * (last.value - first.value)) / (last.at - first.at);
    };
    return { x: axis(0, true, x), y: axis(1, false, y) };
  }, row3);
  expect(read.x).toBeCloseTo(140, 0);
  expect(read.y).toBeCloseTo(190, 0);
  await snap(page, testInfo, 'zoomed');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => ticks.allTextContents()).toEqual(before);
});
