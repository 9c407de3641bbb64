import { test } from '@playwright/test';
import { focusRing, groupLocators, layoutProblems, seriousViolations } from './display-page';
import { expect, inspector, openView, PROJECTOR, plot, query, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

const LESSON_VIEW = '?dataset=fraud-walkthrough&k=4&anchor=2&neighbor=5&lambda=0.7&seed=3';

test('a lesson link shows exactly the ticked controls on the same view', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, LESSON_VIEW, 48);
  await expect(inspector(page)).toContainText('Anchor: row 2');
  await page.getByRole('button', { name: 'Share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a lesson link' });
  await expect(dialog).toBeVisible();

  // Every control is on: all ticked, and the link is the view's own.
  const boxes = dialog.getByRole('group', { name: 'Controls shown' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(10);
  for (const box of await boxes.all()) await expect(box).toBeChecked();
  const linkField = dialog.getByRole('textbox', { name: 'Lesson link' });
  expect(new URL(await linkField.inputValue()).searchParams.get('controls')).toBeNull();

  const keep = [
    'Lesson and dataset pickers',
    'Stepper: step through the run',
    'Inspector and formula',
  ];
  for (const box of await boxes.all()) {
    const label = (await box.evaluate((el) => el.parentElement?.textContent)) ?? '';
    if (!keep.includes(label)) await box.uncheck();
  }
  await dialog.getByRole('combobox', { name: 'Theme of the link' }).selectOption('dark');
  await expect(dialog.getByRole('checkbox', { name: 'Open in presenter mode' })).not.toBeChecked();
  const link = await linkField.inputValue();
  const params = new URL(link).searchParams;
  expect(params.get('controls')).toBe('dataset,stepper,inspector');
  expect(link).toContain('controls=dataset,stepper,inspector');
  expect(params.get('theme')).toBe('dark');
  expect(params.get('present')).toBeNull();
  // The view's own keys are carried as they are in the address bar.
  for (const key of ['dataset', 'k', 'anchor', 'neighbor', 'lambda', 'seed']) {
    expect(params.get(key), key).toBe(query(page).get(key));
  }
  await snap(page, testInfo, 'link-builder');
  expect(await layoutProblems(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the link.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share link' })).toBeFocused();

  const student = await context.newPage();
  await student.goto(link);
  await expect(plot(student)).toBeVisible();
  const groups = groupLocators(student);
  for (const [name, locator] of Object.entries(groups)) {
    if (['dataset', 'stepper', 'inspector'].includes(name))
      await expect(locator, name).toBeVisible();
    else await expect(locator, name).toHaveCount(0);
  }
  await expect(student.getByRole('button', { name: /^Presenter mode/ })).toHaveCount(0);
  await expect(student.getByRole('button', { name: 'Share link' })).toHaveCount(0);
  await expect(student.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Same view: dataset, anchor, neighbour, λ, k and seed, and the same worked numbers.
  await expect(groups.dataset).toHaveValue('fraud-walkthrough');
  await expect(inspector(student)).toContainText('Anchor: row 2');
  await expect(inspector(student)).toContainText('neighbour row 5 · λ = 0.7');
  for (const key of ['k', 'anchor', 'neighbor', 'lambda', 'seed', 'controls', 'theme']) {
    await expect.poll(() => query(student).get(key), key).toBe(params.get(key));
  }
  await snap(student, testInfo, 'lesson-link-opened');
  expect(await layoutProblems(student)).toEqual([]);
  expect(await seriousViolations(student)).toEqual([]);

  // The viewer can always get the whole app back, from the keyboard too.
  const showAll = student.getByRole('button', { name: 'Show all controls' });
  await showAll.focus();
  expect((await focusRing(student)).contrast).toBeGreaterThanOrEqual(3);
  await student.keyboard.press('Enter');
  for (const [name, locator] of Object.entries(groups)) {
    await expect(locator, name).toHaveCount(1);
  }
  await expect(showAll).toHaveCount(0);
  await expect(student.getByRole('combobox', { name: 'Theme', exact: true })).toBeFocused();
  await expect.poll(() => query(student).get('controls')).toBeNull();
  await expect.poll(() => query(student).get('theme')).toBe('dark');
});

test('a link with no controls leaves the plot the whole width; presenter links keep their list', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&anchor=0&controls=', 48);
  await expect(page.getByRole('complementary', { name: 'Controls and inspector' })).toBeHidden();
  const box = await plot(page).boundingBox();
  expect(box?.width).toBeGreaterThan(PROJECTOR.width - 60);
  await snap(page, testInfo, 'plot-only');

  await openView(page, '?dataset=fraud-walkthrough&anchor=0&present=1&controls=export', 48);
  const groups = groupLocators(page);
  await expect(groups.export).toBeVisible();
  await expect(groups.inspector).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all controls' }).click();
  // Back to presenter mode's own choice: the main panels, not the secondary ones.
  await expect(groups.inspector).toBeVisible();
  await expect(groups.export).toHaveCount(0);

  await page.getByRole('button', { name: 'Share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a lesson link' });
  await expect(dialog.getByRole('checkbox', { name: 'Open in presenter mode' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Export' })).not.toBeChecked();
  const link = new URL(await dialog.getByRole('textbox', { name: 'Lesson link' }).inputValue());
  expect(link.searchParams.get('present')).toBe('1');
  expect(link.searchParams.get('controls')).toBe('dataset,stepper,inspector,display');
});
