import { type Page, test } from '@playwright/test';
import { rowValues } from '../../src/core/data/dataset';
import { formatDistance, formatNumber, formatPoint } from '../../src/plot/format-number';
import { formulaLines } from '../../src/ui/formula-lines';
import { loneSynthetic } from './method-runs';
import { expect, inspector, openView, PROJECTOR, plot, snap, syntheticPosition } from './plot-page';
import {
  expectDrawn,
  narration,
  openStepperByKeyboard,
  stepperBar,
  tracedRun,
} from './stepper-runs';

test.use({ viewport: PROJECTOR });

const FRAUD_LINK = '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0';

test('the keyboard steps through SMOTE’s own draws, then the full run shows the same points', async ({
  page,
}, testInfo) => {
  const run = tracedRun('fraud-walkthrough', 'SMOTE');
  const { data, tracer } = run;
  await openView(page, FRAUD_LINK, 48);
  await openStepperByKeyboard(page);
  await plot(page).focus();
  const story = narration(page);
  for (let i = 0; i < 3; i++) {
    const t = tracer.sample(i);
    await expect(story).toHaveAttribute('data-item', String(i));
    await expect(story.locator('h3').first()).toHaveText(
      `Sample ${i + 1} of 32 · step 1 of 5: pick the anchor`,
    );
    await expect(story).toContainText(
      `Here j = ${t.draw}, so the anchor is number ⌊${t.draw} / 3⌋ = ${t.position}`,
    );
    await expect(story).toContainText(`row ${t.anchor}.`);
    const [x, y] = rowValues(data, t.anchor);
    await expect(story).toContainText(`Anchor x: transaction_amount ${x}, time_of_day ${y}.`);
    await expect(page.locator('.step-anchor')).toHaveAttribute('data-row', String(t.anchor));
    await expectDrawn(page, 48 + i);

    await page.keyboard.press('ArrowRight');
    await expect(story.locator('h3').first()).toContainText(
      'step 2 of 5: find its nearest neighbours',
    );
    const rows = story.getByRole('table', { name: 'Neighbours of the anchor' }).locator('tbody tr');
    await expect(rows).toHaveText(
      Array.from(t.neighbors, (row, j) => {
        const [a, b] = rowValues(data, row);
        return new RegExp(`^${j}\\s*${row}\\s*${a}\\s*${b}\\s*${formatDistance(t.distances[j])}$`);
      }),
    );
    const radius = formatDistance(t.distances[2]);
    await expect(story).toContainText(
      `The ring through the 3rd nearest, ${radius} away, holds them all.`,
    );
    await expect(page.locator('.step-radius')).toHaveAttribute('data-radius', radius);
    await expect(page.locator('.step-neighbor')).toHaveCount(3);
    if (i === 0) {
      // The ring is a circle in data space: the 3rd neighbour lies on it, whatever the axes' scales.
      const ring = await page
        .locator('.step-radius')
        .evaluate((e) => ['cx', 'cy', 'rx', 'ry'].map((a) => Number(e.getAttribute(a))));
      const third = await page
        .locator(`.step-neighbor[data-row="${t.neighbors[2]}"]`)
        .evaluate((e) => [Number(e.getAttribute('cx')), Number(e.getAttribute('cy'))]);
      const [cx, cy, rx, ry] = ring;
      expect(((third[0] - cx) / rx) ** 2 + ((third[1] - cy) / ry) ** 2).toBeCloseTo(1, 6);
      expect(Math.abs(rx - ry)).toBeGreaterThan(5);
      await snap(page, testInfo, 'stepper-neighbours');
    }

    await page.keyboard.press('ArrowRight');
    await expect(story).toContainText(
      `The same j picks the neighbour: ${t.draw} mod 3 = slot ${t.slot}, the ${['1st', '2nd', '3rd'][t.slot]} nearest: row ${t.neighbor} = ${formatPoint(rowValues(data, t.neighbor))}, ${formatDistance(t.distances[t.slot])} away.`,
    );
    await expect(rows.nth(t.slot)).toHaveClass('chosen');
    await expect(page.locator('.step-segment-chosen')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    const lambda = formatNumber(t.gap, 4);
    expect(t.gap).toBe(run.result.provenance.gap[i]);
    await expect(story).toContainText(`λ = ${lambda}, drawn uniformly from [0, 1).`);
    await expect(page.locator('.step-lambda')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect(story.locator('h3').first()).toContainText('step 5 of 5: place the point');
    const lines = formulaLines(
      data.featureNames,
      rowValues(data, t.anchor),
      rowValues(data, t.neighbor),
      t.gap,
      t.values,
    );
    await expect(story.locator('.formula-lines code')).toHaveText(lines.map((l) => l.text));
    await expect(story).toContainText(`xnew = ${formatPoint(t.values)}`);
    await expect(page.locator('.step-new')).toHaveAttribute('data-index', String(i));
    if (i === 0) await snap(page, testInfo, 'stepper-placed');
    await page.keyboard.press('ArrowRight');
  }
  // Back a step, then a whole sample at a time, then the end.
  await page.keyboard.press('ArrowLeft');
  await expect(story).toHaveAttribute('data-item', '2');
  await expect(story).toHaveAttribute('data-phase', 'place');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(story).toHaveAttribute('data-item', '3');
  await expect(story).toHaveAttribute('data-phase', 'place');
  await expectDrawn(page, 48 + 3);
  await page.keyboard.press('End');
  await expect(story).toContainText(
    'The walk is over: all 32 synthetic rows are placed. This is exactly the Resample result, with the same points (fraud 8 → 40, legitimate 40 → 40).',
  );
  await expectDrawn(page, 80);
  await snap(page, testInfo, 'stepper-end');

  // Escape leaves the stepper; a point of the full run is the sample stepped through (the one of
  // the three farthest from the others, so the click cannot take a neighbour).
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Step through the run' })).toBeVisible();
  const picked = loneSynthetic(run, (i) => i < 3);
  const first = tracer.sample(picked);
  const at = await syntheticPosition(page, picked);
  await page.mouse.click(at.x, at.y);
  await expect(inspector(page).locator('.provenance-line')).toHaveText(
    `anchor row ${first.anchor} · neighbour row ${first.neighbor} · λ = ${formatNumber(first.gap, 4)}`,
  );
  // With the stepper closed, the arrows move between points again.
  await plot(page).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.keyboard-cursor')).toHaveAttribute('data-row', '0');
});

test('Space plays and pauses the steps; the buttons do the same by name', async ({
  page,
}, testInfo) => {
  await openView(page, FRAUD_LINK, 48);
  await openStepperByKeyboard(page);
  const bar = stepperBar(page);
  await bar.getByLabel('Speed').fill('4'); // 8 a second
  await plot(page).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause (Space)' })).toBeVisible();
  // Playing moves on by itself: on to the second sample.
  await page.waitForFunction(
    () => Number(document.querySelector('.step-narration')?.getAttribute('data-item')) >= 1,
    null,
    { timeout: 20_000 },
  );
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Play (Space)' })).toBeVisible();
  const where = await bar.locator('.stepper-where').textContent();
  await page.waitForTimeout(800);
  await expect(bar.locator('.stepper-where')).toHaveText(where ?? '');
  await snap(page, testInfo, 'stepper-paused');

  await bar.getByRole('button', { name: 'First step (Home)' }).click();
  await expect(bar.locator('.stepper-where')).toHaveText('Sample 1 of 32 · step 1 of 5');
  await bar.getByRole('button', { name: 'Next step (→)' }).click();
  await expect(bar.locator('.stepper-where')).toHaveText('Sample 1 of 32 · step 2 of 5');
  // Space on a focused button plays once; it does not also press the button.
  await bar.getByRole('button', { name: 'Next step (→)' }).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause (Space)' })).toBeVisible();
  await page.keyboard.press('Space');
  // On the speed slider, the arrows change the speed and Space still plays.
  await bar.getByLabel('Speed').focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar.locator('output')).toHaveText('16/s');
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause (Space)' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Play (Space)' })).toBeVisible();
  await bar.getByRole('button', { name: 'Previous step (←)' }).click();
  await bar.getByRole('button', { name: 'Skip to the end (End)' }).click();
  await expect(bar.locator('.stepper-where')).toHaveText('End: the whole run');
  await bar.getByRole('button', { name: 'Close the stepper (Escape)' }).click();
  await expect(page.getByRole('button', { name: 'Step through the run' })).toBeFocused();
});

/** Waits until playback has placed sample `index` or a later one. */
async function reachSample(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    (i) => Number(document.querySelector('.step-new')?.getAttribute('data-index') ?? -1) >= i,
    index,
    { timeout: 20_000 },
  );
}

/** The animations of the new point and its segment, read in one task while they are on screen. */
function motionOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['.step-new', '.step-fade'].map((selector) => {
      const mark = document.querySelector(selector);
      return mark ? getComputedStyle(mark).animationName : 'missing';
    }),
  );
}

test('the run plays as an animation, sample by sample, and skips to the end', async ({
  page,
}, testInfo) => {
  const run = tracedRun('moons-curved-minority', 'SMOTE');
  const made = run.tracer.samples;
  await openView(page, '?dataset=moons-curved-minority&anchor=none', run.data.n);
  await openStepperByKeyboard(page);
  const bar = stepperBar(page);
  await bar.getByLabel('Pace', { exact: true }).selectOption('sample');
  await bar.getByLabel('Speed').fill('3'); // 4 a second
  await bar.getByRole('button', { name: 'Play (Space)' }).click();
  // Each tick places one whole sample: its point slides in and its segment shows briefly.
  await reachSample(page, 2);
  expect(await motionOf(page)).toEqual(['step-slide', 'step-fade']);
  const point = page.locator('.step-new');
  await bar.getByRole('button', { name: 'Pause (Space)' }).click();
  const shown = Number(await point.getAttribute('data-index'));
  const t = run.tracer.sample(shown);
  await expect(page.locator('.step-anchor')).toHaveAttribute('data-row', String(t.anchor));
  await expect(narration(page)).toContainText(`x_new = ${formatPoint(t.values)}`);
  await snap(page, testInfo, 'animation-playing');
  await bar.getByRole('button', { name: 'Skip to the end (End)' }).click();
  await expect(bar.getByRole('button', { name: 'Play (Space)' })).toBeVisible();
  await expectDrawn(page, run.data.n + made);
  await expect(narration(page)).toContainText(`all ${made} synthetic rows are placed`);
  await snap(page, testInfo, 'animation-skipped');
});

test('with reduced motion nothing slides or fades, and playing still advances', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openView(page, FRAUD_LINK, 48);
  await openStepperByKeyboard(page);
  const bar = stepperBar(page);
  await bar.getByLabel('Pace', { exact: true }).selectOption('sample');
  await bar.getByLabel('Speed').fill('3');
  await plot(page).focus();
  await page.keyboard.press('Space');
  await reachSample(page, 3);
  expect(await motionOf(page)).toEqual(['none', 'none']);
  await page.keyboard.press('Space');
  await expect(stepperBar(page).getByRole('button', { name: 'Play (Space)' })).toBeVisible();
  await expect(page.locator('.step-new')).toHaveCSS('animation-name', 'none');
  await snap(page, testInfo, 'reduced-motion');
  await context.close();
});

test('copies, ADASYN’s shares and removals get their own steps and words', async ({
  page,
}, testInfo) => {
  const copies = tracedRun('fraud-walkthrough', 'RandomOverSampler');
  await openView(page, '?dataset=fraud-walkthrough&k=3&anchor=none&method=RandomOverSampler', 48);
  await openStepperByKeyboard(page);
  const story = narration(page);
  const first = copies.tracer.sample(0);
  await expect(story.locator('h3').first()).toHaveText(
    'Sample 1 of 32 · step 1 of 2: pick the anchor',
  );
  await expect(story).toContainText(
    `RandomOverSampler draws one whole number from 0 to 7 for each sample, one per row of the 8 rows of class fraud.`,
  );
  await expect(story).toContainText(`Here ${first.draw}, so the anchor is row ${first.anchor}.`);
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(story).toContainText(
    `RandomOverSampler copies row ${first.anchor}: x_new = ${formatPoint(first.values)}. The class gets heavier, not wider.`,
  );

  const adasyn = tracedRun('overlap-noisy-minority', 'ADASYN');
  await openView(page, '?dataset=overlap-noisy-minority&anchor=none&method=ADASYN', adasyn.data.n);
  await openStepperByKeyboard(page);
  const a = adasyn.tracer.sample(0);
  await expect(story).toContainText(
    `Row ${a.anchor} makes ${a.quota} of them (its weight r̂ = ${formatNumber(a.weight!, 3)})`,
  );
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(story).toContainText(
    `A whole number from 0 to 4 is drawn for this sample: ${a.slot}`,
  );

  const tomek = tracedRun('overlap-noisy-minority', 'TomekLinks');
  await openView(
    page,
    '?dataset=overlap-noisy-minority&anchor=none&method=TomekLinks',
    tomek.data.n,
  );
  await openStepperByKeyboard(page);
  const r = tomek.tracer.removal(0);
  const names = tomek.data.classNames;
  await expect(story.locator('h3').first()).toHaveText(`Removal 1 of ${tomek.tracer.removals}`);
  await expect(story).toContainText(
    `Row ${r.row}, class ${names[r.classCode]}, and row ${r.neighbors[0]}, class ${names[r.neighborClasses[0]]}, are each other's nearest rows, ${formatDistance(r.distances[0])} apart: a Tomek link.`,
  );
  await expect(page.locator('.step-removal')).toHaveAttribute('data-row', String(r.row));
  await snap(page, testInfo, 'tomek-removal');
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-removed[data-count="1"]')).toHaveCount(1);
});

test('SVMSMOTE’s safe support vectors step outward with a negative λ', async ({
  page,
}, testInfo) => {
  const run = tracedRun('moons-curved-minority', 'SVMSMOTE');
  const i = Array.from({ length: run.tracer.samples }, (_, j) => j).find(
    (j) => run.tracer.sample(j).gap < 0,
  )!;
  const t = run.tracer.sample(i);
  await openView(page, '?dataset=moons-curved-minority&anchor=none&method=SVMSMOTE', run.data.n);
  await openStepperByKeyboard(page);
  await plot(page).focus();
  for (let s = 0; s < i; s++) await page.keyboard.press('Shift+ArrowRight');
  if (i > 0) await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toHaveAttribute('data-item', String(i));
  await expect(narration(page)).toContainText(`safe`);
  for (let s = 0; s < 3; s++) await page.keyboard.press('ArrowRight');
  const u = formatNumber(-t.gap / 0.5, 4);
  await expect(narration(page)).toContainText(
    `λ = ${formatNumber(t.gap, 4)} = −out_step × u = −0.5 × ${u}`,
  );
  await expect(page.locator('.step-beyond')).toHaveCount(1);
  await snap(page, testInfo, 'svm-extrapolation');
});

test('? opens the keyboard help; Esc or Close shuts it and the focus goes back', async ({
  page,
}, testInfo) => {
  await openView(page, FRAUD_LINK, 48);
  await plot(page).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toBeVisible();
  for (const line of [
    'Open this list of keys',
    'Make that point the anchor',
    'Reset the zoom',
    'Next sample, shown placed',
    'Play or pause',
    'Skip to the end: the whole run',
    'Close the stepper and go back to exploring',
  ]) {
    await expect(help).toContainText(line);
  }
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await snap(page, testInfo, 'keyboard-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(plot(page)).toBeFocused();
  // Escape went to the dialog only: the anchor is still there.
  await expect(inspector(page)).toContainText('Anchor: row 0, class fraud');

  const button = page.getByRole('button', { name: 'Keys ?' });
  await button.click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();

  // Typed into a field, ? is text: no dialog.
  const seed = page.getByLabel('Seed', { exact: true });
  await seed.focus();
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
});

test('the explain card speaks the view’s numbers and copies them', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: PROJECTOR });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const run = tracedRun('fraud-walkthrough', 'SMOTE');
  await openView(page, FRAUD_LINK, 48);
  await page.getByText('Explain this: the view in words').click();
  const card = page.getByRole('region', { name: 'Explanation' });
  await expect(card).toContainText(
    'On Fraud: one SMOTE step by hand (48 rows: 8 fraud, 40 legitimate), I ran SMOTE with sampling_strategy=auto, k_neighbors=3. Resample to see',
  );
  await expect(card).toContainText(
    'for transaction_amount, 120 + 0.4 × (160 − 120) = 136; for time_of_day, 280 + 0.4 × (230 − 280) = 260. So the new point is (136, 260).',
  );
  await expect(card).toContainText('Why SMOTE');
  await card.getByRole('button', { name: 'Copy' }).click();
  await expect(card.getByRole('status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(
    'The formula with these numbers\nTake the fraud anchor row 0, x = (120, 280)',
  );
  expect(copied).toContain('How to use it honestly\nSplit first');

  // Stepping, the card follows the sample on screen and the run's counts.
  await openStepperByKeyboard(page);
  await expect(card).toContainText('It made 32 synthetic points, taking fraud from 8 to 40.');
  const t = run.tracer.sample(0);
  await expect(card).toContainText(
    `anchor row ${t.anchor}, x = ${formatPoint(rowValues(run.data, t.anchor))}, and its neighbour row ${t.neighbor}`,
  );
  await expect(card).toContainText(`With λ = ${formatNumber(t.gap, 4)}, x_new`);
  await expect(card).toContainText(`So the new point is ${formatPoint(t.values)}.`);
  await card.scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'explain-card');
  await context.close();
});
