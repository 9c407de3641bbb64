import { test } from '@playwright/test';
import { expect, inspector, openView, PROJECTOR, plot, rowPosition, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

const FRAUD_LINK = '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0';

test('the fraud link shows the worked example in the inspector', async ({ page }, testInfo) => {
  await openView(page, FRAUD_LINK, 48);
  const panel = inspector(page);
  await expect(panel).toContainText('Anchor: row 0, class fraud');
  await expect(panel).toContainText('x = (120, 280)');
  const neighbours = panel.getByRole('table', { name: 'Neighbours' });
  await expect(neighbours.locator('tbody tr')).toHaveText([
    /^1\s*160\s*230\s*64\.0$/,
    /^2\s*190\s*300\s*72\.8$/,
    /^3\s*140\s*190\s*92\.2$/,
  ]);
  await expect(panel).toContainText('anchor row 0 · neighbour row 1 · λ = 0.4');
  await expect(panel).toContainText('136 = 120 + 0.4 × (160 − 120)');
  await expect(panel).toContainText('260 = 280 + 0.4 × (230 − 280)');
  await expect(panel).toContainText('xnew = (136, 260)');
  await expect(page.locator('.anchor-mark')).toHaveAttribute('data-row', '0');
  await expect(page.locator('.neighbor-mark')).toHaveCount(3);
  await snap(page, testInfo, 'fraud-link');
});

test('clicking a minority point makes it the anchor and lists its neighbours', async ({
  page,
}, testInfo) => {
  await openView(page, FRAUD_LINK, 48);
  const at = await rowPosition(page, 4);
  await page.mouse.click(at.x, at.y);
  const panel = inspector(page);
  await expect(panel).toContainText('Anchor: row 4, class fraud');
  // Rows 5 and 7 are both √2125 away: the tie goes to the lower row.
  await expect(panel.getByRole('table', { name: 'Neighbours' }).locator('tbody tr')).toHaveText([
    /^6\s*280\s*40\s*28\.3$/,
    /^5\s*330\s*95\s*46\.1$/,
    /^7\s*345\s*50\s*46\.1$/,
  ]);
  await expect(page).toHaveURL(/anchor=4&neighbor=6/);
  await snap(page, testInfo, 'clicked-anchor');

  const majority = await rowPosition(page, 8);
  await page.mouse.click(majority.x, majority.y);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'Row 8 is in the majority class legitimate',
  );
  await expect(panel).toContainText('Anchor: row 4, class fraud');
});

test('the keyboard moves through minority points and Enter selects', async ({ page }, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none', 48);
  await expect(inspector(page)).toContainText('Click a minority point');
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.keyboard-cursor')).toHaveAttribute('data-row', '0');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.keyboard-cursor')).toHaveAttribute('data-row', '3');
  await expect(page.getByText('Row 3, class fraud: transaction_amount 140')).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(inspector(page)).toContainText('Anchor: row 3, class fraud');
  await expect(page).toHaveURL(/anchor=3/);
  await snap(page, testInfo, 'keyboard-anchor');
  await page.keyboard.press('Escape');
  await expect(inspector(page)).toContainText('Click a minority point');
  await expect(page).toHaveURL(/anchor=none/);
});

test('tapping a point on a touch screen selects it', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: PROJECTOR, hasTouch: true });
  const page = await context.newPage();
  await openView(page, FRAUD_LINK, 48);
  const at = await rowPosition(page, 2);
  await page.touchscreen.tap(at.x, at.y);
  await expect(inspector(page)).toContainText('Anchor: row 2, class fraud');
  await snap(page, testInfo, 'touch-anchor');
  await context.close();
});

test('the other worked examples come out exactly', async ({ page }, testInfo) => {
  await openView(page, '?dataset=two-points', 8);
  await expect(inspector(page)).toContainText('xnew = (3, 6)');
  await page.getByLabel('λ along the segment').fill('0.25');
  await expect(inspector(page)).toContainText('xnew = (2.5, 5)');
  await expect(page).toHaveURL(/lambda=0.25/);

  await openView(page, '?dataset=customer', 36);
  await expect(inspector(page)).toContainText('11 = 10 + 0.25 × (14 − 10)');
  await expect(inspector(page)).toContainText('xnew = (11, 85)');

  await openView(page, '?dataset=loan-default', 46);
  const panel = inspector(page);
  await expect(panel).toContainText('age');
  await expect(panel).toContainText('33000 = 30000 + 0.6 × (35000 − 30000)');
  await expect(panel).toContainText('28 = 25 + 0.6 × (30 − 25)');
  await expect(panel).toContainText('xnew = (33000, 18000, 28)');
  await expect(page.getByLabel('Horizontal axis')).toHaveValue('0');
  await page.getByLabel('Vertical axis').selectOption({ label: 'age' });
  await expect(page).toHaveURL(/x=income&y=age/);
  await expect(plot(page)).toHaveAccessibleName('Scatter plot of loan-default: age against income');
  await snap(page, testInfo, 'loan-default-age');
});

test('the canvas is drawn at devicePixelRatio, points where the scales put them', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: PROJECTOR, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await openView(page, '?dataset=fraud-walkthrough&anchor=none', 48);
  const at = await rowPosition(page, 5);
  const probe = await page.locator('.plot-canvas').evaluate((element, point) => {
    const canvas = element as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const alphaAt = (x: number, y: number) =>
      ctx.getImageData(Math.round((x - box.left) * 2), Math.round((y - box.top) * 2), 1, 1).data[3];
    return {
      ratio: canvas.width / box.width,
      heightRatio: canvas.height / box.height,
      onPoint: alphaAt(point.x, point.y),
      // 30 px to the left of row 5 (330, 95) there is nothing drawn.
      beside: alphaAt(point.x - 30, point.y),
    };
  }, at);
  expect(probe.ratio).toBeCloseTo(2, 2);
  expect(probe.heightRatio).toBeCloseTo(2, 2);
  expect(probe.onPoint).toBeGreaterThan(150);
  expect(probe.beside).toBe(0);
  await snap(page, testInfo, 'device-pixel-ratio-2');
  await context.close();
});
