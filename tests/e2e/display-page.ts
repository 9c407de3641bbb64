// Helpers for the presenter-mode and link-builder specs: which control groups are on screen, the
// axe audit, and page-wide layout checks.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './plot-page';

export const VIEW = '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0';

/** One locator per control group, named as the link builder names them. */
export function groupLocators(page: Page) {
  return {
    dataset: page.getByRole('combobox', { name: 'Dataset' }),
    data: page.getByRole('button', { name: 'Open CSV' }),
    method: page.getByRole('region', { name: 'Resample' }),
    walkthrough: page.getByRole('group', { name: 'SMOTE step by step: one anchor' }),
    stepper: page.getByRole('region', { name: 'Stepper' }),
    inspector: page.getByRole('region', { name: 'Inspector' }),
    explain: page.getByText('Explain this: the view in words'),
    evaluation: page.getByText('Evaluate: does resampling help here?'),
    export: page.getByRole('region', { name: 'Export' }),
    display: page.getByRole('combobox', { name: 'Theme', exact: true }),
  };
}

/** Serious and critical axe violations (WCAG 2.x A and AA, colour contrast included). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Visible elements whose box reaches past the viewport's sides, and text that is cut or spills over. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Closed dialogs and screen-reader-only text are meant to be out of sight.
      if (el.closest('dialog:not([open]), .visually-hidden')) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`;
      if (box.right > width + 0.5 || box.left < -0.5)
        problems.push(`${name} is outside 0–${width}px`);
      const text = el.matches('button, p, label, legend, h1, h2, h3, th, td, summary');
      if (text && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name} is cut or spills over (${el.scrollWidth} > ${el.clientWidth}px)`);
      }
    }
    return problems;
  });
}

export async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

export interface FocusRing {
  name: string;
  style: string;
  width: number;
  /** Contrast ratio of the ring's colour against the page background. */
  contrast: number;
}

/** The focus ring of the focused element, and how well it stands out from the page. */
export async function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const ring = luminance(style.outlineColor);
    const page = luminance(getComputedStyle(document.documentElement).backgroundColor);
    const [hi, lo] = ring > page ? [ring, page] : [page, ring];
    return {
      name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      contrast: (hi + 0.05) / (lo + 0.05),
    };
  });
}

/** The point canvas's pixel (r, g, b, a) under a viewport position. */
export async function canvasPixel(page: Page, at: { x: number; y: number }): Promise<number[]> {
  return page.locator('canvas.plot-canvas').evaluate((canvas: HTMLCanvasElement, p) => {
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const x = Math.round((p.x - box.left) * scale);
    const y = Math.round((p.y - box.top) * scale);
    return Array.from(canvas.getContext('2d')?.getImageData(x, y, 1, 1).data ?? []);
  }, at);
}

/** Tabs from the focused control until one whose name starts with `last` (at most `max` stops);
 * each must show a solid ring of 3 px or more at 3:1 against the page. Returns the names visited. */
export async function expectFocusRings(page: Page, last: string, max = 40): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < max; i++) {
    const ring = await focusRing(page);
    expect(ring.style, `focus ring on ${ring.name}`).toBe('solid');
    expect(ring.width, `focus ring on ${ring.name}`).toBeGreaterThanOrEqual(3);
    expect(ring.contrast, `focus ring on ${ring.name}`).toBeGreaterThanOrEqual(3);
    names.push(ring.name);
    if (ring.name.startsWith(last)) return names;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached '${last}': ${names.join(' | ')}`);
}
