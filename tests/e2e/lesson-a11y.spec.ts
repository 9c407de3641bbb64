import { test } from '@playwright/test';
import { builtIn } from './method-runs';
import { expect, openView, PROJECTOR, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

// Lessons with the most controls and panels on screen: two evidence tables, a second plot, an error.
const PAGES = ['why-not-duplicate', 'categorical-features', 'too-few-minority', 'high-dimensions'];

for (const lesson of PAGES) {
  test(`lesson ${lesson}: every control has a name and the keyboard focus is always visible`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/?lesson=${lesson}`);
    await expect(page.getByRole('region', { name: /^Lesson:/ })).toBeVisible();
    await page.waitForFunction(() => (window.smoteLabPlot?.lastDraw.points ?? 0) > 0);

    // An element hidden from assistive technology and from Tab (the file input behind Open CSV)
    // is no control of its own.
    const controls = page.locator(
      ':is(button, select, input, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])):not([aria-hidden="true"][tabindex="-1"])',
    );
    const count = await controls.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      if (!(await control.isVisible())) continue;
      await expect(
        control,
        await control.evaluate((el) => el.outerHTML.slice(0, 120)),
      ).toHaveAccessibleName(/\S/);
    }

    // Tab through the whole page: each stop is named and drawn with a ring (outline or shadow).
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const seen: string[] = [];
    const unringed: string[] = [];
    for (let step = 0; step < 200; step++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        return { id: `${el.tagName.toLowerCase()} ${label}`, ringed: outline || shadow };
      });
      if (stop === null) break;
      if (seen.includes(stop.id) && stop.id === seen[0]) break;
      seen.push(stop.id);
      if (!stop.ringed) unringed.push(stop.id);
      await expect(page.locator(':focus')).toHaveAccessibleName(/\S/);
    }
    expect(unringed).toEqual([]);
    expect(seen.some((s) => s.startsWith('select'))).toBe(true);
    expect(seen.length).toBeGreaterThan(15);
    await page.getByRole('combobox', { name: 'Lesson' }).focus();
    await page.keyboard.press('Tab');
    await snap(page, testInfo, `focus-${lesson}`);
  });
}

test('the lesson picker works from the keyboard alone', async ({ page }) => {
  await openView(page, '?dataset=two-points', 8);
  const picker = page.getByRole('combobox', { name: 'Lesson' });
  await picker.focus();
  await picker.press('ArrowDown');
  const { data } = builtIn('moons-curved-minority');
  await expect(page.getByRole('region', { name: 'Lesson: Why not just duplicate?' })).toBeVisible();
  await page.waitForFunction((n) => (window.smoteLabPlot?.lastDraw.points ?? 0) >= n, data.n);
  await expect(picker).toBeFocused();
});
