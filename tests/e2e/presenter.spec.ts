import { test } from '@playwright/test';
import {
  canvasPixel,
  expectFocusRings,
  fontSize,
  groupLocators,
  layoutProblems,
  seriousViolations,
  VIEW,
} from './display-page';
import { evaluateAndWait, openEvaluation } from './evaluation-runs';
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

test.use({ viewport: PROJECTOR });

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`presenter mode in the ${theme} theme is readable at 1280×720`, async ({
    page,
  }, testInfo) => {
    await openView(page, `${VIEW}&theme=${theme}`, 48);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'Resample' }).click();
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('fraud 8 → 40');

    await plot(page).focus();
    await page.keyboard.press('p');
    const toggle = page.getByRole('button', { name: /^Presenter mode/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => query(page).get('present')).toBe('1');
    await expect.poll(() => query(page).get('theme')).toBe(theme);

    // The plot, the inspector with its formula and the stepper stay; the secondary panels go.
    const groups = groupLocators(page);
    for (const kept of [groups.inspector, groups.stepper, groups.dataset, plot(page)]) {
      await expect(kept).toBeVisible();
    }
    for (const gone of [
      groups.data,
      groups.method,
      groups.walkthrough,
      groups.export,
      groups.explain,
    ]) {
      await expect(gone).toHaveCount(0);
    }
    await expect(groups.evaluation).toHaveCount(0);

    // Large type: a 20 px base, bigger axes and formula than the 12–15 px of the desk layout.
    expect(await fontSize(page, 'html')).toBeGreaterThanOrEqual(20);
    expect(await fontSize(page, '.inspector .values')).toBeGreaterThanOrEqual(17);
    expect(await fontSize(page, '.axis text')).toBeGreaterThanOrEqual(16);
    expect(await fontSize(page, '.axis-label')).toBeGreaterThanOrEqual(20);
    expect(await fontSize(page, '.formula-lines code')).toBeGreaterThanOrEqual(21);

    // Nothing sideways, nothing cut, and the worked formula on screen without scrolling.
    await page.waitForTimeout(300);
    expect(await layoutProblems(page)).toEqual([]);
    const formula = inspector(page).getByRole('table', { name: 'The formula in numbers' });
    await expect(formula).toContainText('136 = 120 + 0.4 × (160 − 120)');
    const box = await formula.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PROJECTOR.height);
    const plotBox = await plot(page).boundingBox();
    const sideBox = await inspector(page).boundingBox();
    expect(plotBox && sideBox && plotBox.x + plotBox.width).toBeLessThanOrEqual(sideBox?.x ?? 0);
    await snap(page, testInfo, `presenter-${theme}`);

    expect(await seriousViolations(page)).toEqual([]);

    // Focus is visible on every header control, the plot and the stepper, in this theme too.
    await page.getByRole('combobox', { name: 'Theme', exact: true }).focus();
    const visited = await expectFocusRings(page, 'Scatter plot of');
    expect(visited).toEqual(expect.arrayContaining(['Presenter mode p', 'Share link']));

    await page.keyboard.press('p');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(groups.method).toBeVisible();
    await expect.poll(() => query(page).get('present')).toBeNull();
    expect(await fontSize(page, 'html')).toBe(15);
  });
}

test('the desk layout passes the audit in every theme, and the theme follows the system', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openView(page, VIEW, 48);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('');
  expect(query(page).get('theme')).toBeNull();
  // The system asking for more contrast wins over its colour scheme, live.
  await page.emulateMedia({ contrast: 'more' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await page.emulateMedia({ contrast: 'no-preference', colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect.poll(() => query(page).get('theme')).toBe(theme);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, testInfo, `desk-${theme}`);
    await page.getByRole('combobox', { name: 'Theme', exact: true }).focus();
    const visited = await expectFocusRings(page, 'Resample');
    expect(visited).toEqual(expect.arrayContaining(['Share link', 'Reset zoom']));
  }
  // The canvas follows the theme: the majority's colour, and the hollow synthetic points filled
  // with the plot's background (the canvas is see-through elsewhere, so its alpha is the point's).
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('fraud 8 → 40');
  const majority = await rowPosition(page, 10);
  const synthetic = await syntheticPosition(page, 0);
  const expected = {
    light: { majority: [0, 114, 178], hollow: [255, 255, 255] },
    dark: { majority: [86, 180, 233], hollow: [18, 18, 18] },
    contrast: { majority: [0, 114, 178], hollow: [255, 255, 255] },
  };
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption(theme);
    await expect
      .poll(async () => (await canvasPixel(page, majority)).slice(0, 3))
      .toEqual(expected[theme].majority);
    await expect
      .poll(async () => (await canvasPixel(page, synthetic)).slice(0, 3))
      .toEqual(expected[theme].hollow);
  }
});

test('p is documented in the help, ignored while typing, and a bad theme in a link is named', async ({
  page,
}, testInfo) => {
  await openView(page, `${VIEW}&theme=purple&present=1`, 48);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    "The link's theme=purple is not light, dark, contrast",
  );
  // present=1 from a link: presenter layout at once (full screen needs a click or a key).
  await expect(page.getByRole('button', { name: /^Presenter mode/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toContainText('Presenter mode on or off');
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  await snap(page, testInfo, 'help-dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: /^Presenter mode/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Presenter mode/ }).click();
  await expect(page.getByRole('button', { name: /^Presenter mode/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByLabel('k neighbours').fill('4');
  await page.getByLabel('k neighbours').press('p');
  await expect(page.getByRole('button', { name: /^Presenter mode/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('full screen: refused, presenter mode stays in the window; left, presenter mode ends', async ({
  page,
}) => {
  await openView(page, VIEW, 48);
  const toggle = page.getByRole('button', { name: /^Presenter mode/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  // Leaving full screen the browser's way (Esc) ends presenter mode with it.
  await page.evaluate(() => document.exitFullscreen());
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Export' })).toBeVisible();

  await page.evaluate(() => {
    document.documentElement.requestFullscreen = () => Promise.reject(new Error('denied'));
  });
  await toggle.click();
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'The browser refused full screen; presenter mode is on in the window',
  );
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await fontSize(page, 'html')).toBe(20);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('every built-in dataset fits presenter mode: axis numbers inside the plot, nothing cut', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const datasets: [string, number][] = [
    ['loan-default', 46],
    ['moons-curved-minority', 330],
    ['subscriptions-mixed', 104],
    ['large-40k-points', 40_000],
  ];
  for (const [name, rows] of datasets) {
    await openView(page, `?dataset=${name}&present=1&theme=contrast`, rows);
    const outside = await plot(page).evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return Array.from(svg.querySelectorAll('.axis text, .axis-label'))
        .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.left < frame.left || box.bottom > frame.bottom)
        .map(({ text }) => text);
    });
    expect(outside, name).toEqual([]);
    // The axis titles clear the tick numbers: the x title below them, the y title to their left.
    const gaps = await plot(page).evaluate((svg) => {
      const [xAxis, yAxis] = Array.from(svg.querySelectorAll('.axis'));
      const [xTitle, yTitle] = Array.from(svg.querySelectorAll('.axis-label'));
      const boxes = (axis: Element) =>
        Array.from(axis.querySelectorAll('text'), (t) => t.getBoundingClientRect());
      return {
        x: xTitle.getBoundingClientRect().top - Math.max(...boxes(xAxis).map((b) => b.bottom)),
        y: Math.min(...boxes(yAxis).map((b) => b.left)) - yTitle.getBoundingClientRect().right,
      };
    });
    expect(gaps.x, `${name}: x title below the ticks`).toBeGreaterThanOrEqual(0);
    expect(gaps.y, `${name}: y title left of the ticks`).toBeGreaterThanOrEqual(0);
    expect(await layoutProblems(page), name).toEqual([]);
    await snap(page, testInfo, `presenter-${name}`);
  }
});

test('stepping through a run in presenter mode keeps the narration and the bar on screen', async ({
  page,
}, testInfo) => {
  await openView(page, `${VIEW}&present=1&theme=dark`, 48);
  await page.getByRole('button', { name: 'Step through the run' }).click();
  const stepper = page.getByRole('region', { name: 'Stepper' });
  await expect(stepper.getByRole('button', { name: 'Next step (→)' })).toBeVisible();
  for (let i = 0; i < 4; i++) await stepper.getByRole('button', { name: 'Next step (→)' }).click();
  await page.waitForTimeout(700);
  await snap(page, testInfo, 'presenter-stepping-dark');
  expect(await layoutProblems(page)).toEqual([]);
  const bar = await stepper.boundingBox();
  expect(bar && bar.y + bar.height).toBeLessThanOrEqual(PROJECTOR.height);
  expect(await fontSize(page, '.stepper-bar button')).toBeGreaterThanOrEqual(18);
  await snap(page, testInfo, 'presenter-stepping-dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the secondary panels, open with results, pass the audit in the dark and high-contrast themes', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openView(page, '?dataset=moons-curved-minority&theme=dark', 330);
  await page.getByRole('button', { name: 'Resample' }).click();
  await page.getByText('Explain this: the view in words').click();
  await openEvaluation(page, 'logistic');
  await evaluateAndWait(page, 4);
  for (const theme of ['dark', 'contrast'] as const) {
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption(theme);
    await page.getByRole('img', { name: /Precision-recall curves/ }).scrollIntoViewIfNeeded();
    await snap(page, testInfo, `evaluation-${theme}`);
    expect(await seriousViolations(page)).toEqual([]);
  }
});
