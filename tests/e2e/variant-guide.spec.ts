import { type Page, test } from '@playwright/test';
import { compareView, expectAccessible } from './compare-page';
import { expect, openView, PROJECTOR, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

function guide(page: Page) {
  return page.getByRole('dialog', { name: 'Which variant?' });
}

function method(page: Page) {
  return page.getByLabel('Method', { exact: true });
}

test('answered by keyboard, the guide ends on Borderline-SMOTE and picks it', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=overlap-noisy-minority&anchor=none', 446);
  const opener = page.getByRole('button', { name: 'Which variant?' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = guide(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Numeric only' })).toBeFocused();
  await expect(dialog).toContainText('Question 1 of 5');
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('Space');
  await snap(page, testInfo, 'guide-question');
  await expectAccessible(page, '.guide-dialog');
  await page.keyboard.press('Enter');
  // Noise: the focus is on "No"; the arrow moves to "A little" and chooses it.
  await expect(dialog.getByRole('group', { name: /noisy/ })).toBeVisible();
  await expect(dialog).toContainText('Question 2 of 5');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'A little' })).toBeChecked();
  await page.keyboard.press('Enter');
  // Sub-groups, cleaning, a model: "No" each time (the second answer).
  for (const topic of [/sub-groups/, /cleaned up/, /SVM/]) {
    await expect(dialog.getByRole('group', { name: topic })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: 'No' })).toBeChecked();
    await page.keyboard.press('Enter');
  }
  const result = dialog.getByRole('heading', { name: 'Try BorderlineSMOTE' });
  await expect(result).toBeFocused();
  await expect(dialog).toContainText('Only minority points in danger');
  await expect(dialog).toContainText('What it would not fix:');
  await expect(dialog.getByRole('link', { name: 'Open lesson' })).toHaveAttribute(
    'href',
    '?lesson=variant-borderline',
  );
  await snap(page, testInfo, 'guide-borderline');
  await expectAccessible(page, '.guide-dialog');
  const use = dialog.getByRole('button', { name: 'Use BorderlineSMOTE here' });
  for (let i = 0; i < 4 && !(await use.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(method(page)).toHaveValue('BorderlineSMOTE');
  await expect(opener).toBeFocused();
});

test('answered by mouse, each path ends on its variant and lesson; Back changes an answer', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&anchor=none', 48);
  await page.getByRole('button', { name: 'Which variant?' }).click();
  const dialog = guide(page);
  const next = dialog.getByRole('button', { name: 'Next' });
  const answer = async (label: string) => {
    await dialog.getByRole('radio', { name: label, exact: true }).click();
    await next.click();
  };
  const lesson = dialog.getByRole('link', { name: 'Open lesson' });

  // Mixed columns end at once on SMOTENC, which the numeric fraud data cannot take.
  await answer('Mixed: numbers and categories');
  await expect(dialog.getByRole('heading', { name: 'Try SMOTENC' })).toBeVisible();
  await expect(lesson).toHaveAttribute('href', '?lesson=categorical-features');
  await expect(dialog.getByRole('button', { name: 'Use SMOTENC here' })).toBeDisabled();
  await expect(dialog).toContainText(
    'SMOTENC does not fit the open dataset: needs text (categorical) columns.',
  );

  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('radio', { name: 'Mixed: numbers and categories' })).toBeChecked();
  await answer('All categorical');
  await expect(dialog.getByRole('heading', { name: 'Try SMOTEN' })).toBeVisible();
  await expect(lesson).toHaveAttribute('href', '?lesson=categorical-features');

  // Numeric, very noisy, sub-groups, cleaning, a model: sub-groups decide, the rest are named.
  await dialog.getByRole('button', { name: 'Start over' }).click();
  await answer('Numeric only');
  await answer('A lot');
  await answer('Yes');
  await answer('Yes');
  await answer('Yes');
  await expect(dialog.getByRole('heading', { name: 'Try KMeansSMOTE' })).toBeVisible();
  await expect(lesson).toHaveAttribute('href', '?lesson=variant-kmeans');
  await expect(dialog).toContainText(
    'Also worth a look: SVMSMOTE (you want a model to find the boundary); SMOTEENN (you want a noisy boundary cleaned hard); ADASYN (the boundary is very noisy).',
  );
  await snap(page, testInfo, 'guide-kmeans');

  // Back to the sub-groups question: "No" there, and the SVM comes first.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await answer('No');
  await next.click();
  await answer('No');
  await expect(dialog.getByRole('heading', { name: 'Try SMOTEENN' })).toBeVisible();
  await expect(lesson).toHaveAttribute('href', '?lesson=variant-smote-enn');
  await dialog.getByRole('button', { name: 'Back' }).click();
  await answer('Yes');
  await expect(dialog.getByRole('heading', { name: 'Try SVMSMOTE' })).toBeVisible();
  await expect(lesson).toHaveAttribute('href', '?lesson=variant-svmsmote');

  // Plain numeric data: SMOTE, and its lesson on why not to duplicate.
  await dialog.getByRole('button', { name: 'Start over' }).click();
  for (const label of ['Numeric only', 'No', 'No', 'No', 'No']) await answer(label);
  await expect(dialog.getByRole('heading', { name: 'Try SMOTE' })).toBeVisible();
  await expect(lesson).toHaveAttribute('href', '?lesson=why-not-duplicate');

  // "Use" picks the method and brings the plot back from the compare view.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Compare variants' }).click();
  await expect(compareView(page)).toBeVisible();
  await page.getByRole('button', { name: 'Which variant?' }).click();
  await dialog.getByRole('button', { name: 'Start over' }).click();
  for (const label of ['Numeric only', 'A lot', 'No', 'No', 'No']) await answer(label);
  await dialog.getByRole('button', { name: 'Use ADASYN here' }).click();
  await expect(method(page)).toHaveValue('ADASYN');
  await expect(compareView(page)).toHaveCount(0);

  // The lesson link goes to the lesson's own view.
  await page.getByRole('button', { name: 'Which variant?' }).click();
  await lesson.click();
  await expect(page).toHaveURL(/[?&]lesson=variant-adasyn/);
});
