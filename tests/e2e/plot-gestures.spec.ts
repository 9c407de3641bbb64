import { type Page, test } from '@playwright/test';
import { expect, openView, PROJECTOR, plot, snap } from './plot-page';

test.use({ viewport: PROJECTOR, deviceScaleFactor: 2 });

/** Three wheel steps at `at`, each followed by a frame, then one more frame. */
async function wheelZoom(page: Page, at: { x: number; y: number }) {
  await page.evaluate(async (at) => {
    const svg = document.querySelector('.plot-svg')!;
    for (let i = 0; i < 3; i++) {
      svg.dispatchEvent(
        new WheelEvent('wheel', { deltaY: -100, clientX: at.x, clientY: at.y, bubbles: true }),
      );
      await new Promise((done) => requestAnimationFrame(done));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, at);
}

/** The canvas's alpha under each row's position now (-1: off the plot), and the draw state. */
async function probe(page: Page, rows: number[]) {
  return page.evaluate((list) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.plot-canvas')!;
    const box = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const hook = window.smoteLabPlot!;
    const alphas = list.map((row) => {
      const p = hook.rowPosition(row);
      if (!p) return -1;
      const x = Math.round((p.x - box.left) * 2);
      const y = Math.round((p.y - box.top) * 2);
      return ctx.getImageData(x, y, 1, 1).data[3];
    });
    return { sharp: hook.lastDraw.sharp, alphas };
  }, rows);
}

test('a zoom shows the last frame moved under the points, then redraws them sharp', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=fraud-walkthrough&anchor=none', 48);
  const box = (await plot(page).boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const rows = [0, 1, 5, 12, 30];
  const before = await page.evaluate(() => window.smoteLabPlot!.lastDraw.ms);
  await wheelZoom(page, centre);
  // Read well inside the rest delay, so the frame read is the moved one.
  const moved = await probe(page, rows);
  expect(moved.sharp).toBe(false);
  // Every visible row still has its (scaled-up) point under it.
  for (const [i, alpha] of moved.alphas.entries()) {
    if (alpha >= 0) expect(alpha, `row ${rows[i]} in the moved frame`).toBeGreaterThan(100);
  }
  expect(moved.alphas.filter((a) => a >= 0).length).toBeGreaterThan(0);
  await page.waitForFunction(() => window.smoteLabPlot!.lastDraw.sharp);
  const sharp = (await probe(page, rows)).alphas;
  expect(sharp).toEqual(moved.alphas.map((a) => (a < 0 ? -1 : expect.any(Number))));
  for (const alpha of sharp) if (alpha >= 0) expect(alpha).toBeGreaterThan(150);
  expect(await page.evaluate(() => window.smoteLabPlot!.lastDraw.ms)).not.toBe(before);
  await snap(page, testInfo, 'zoomed-sharp');
});
