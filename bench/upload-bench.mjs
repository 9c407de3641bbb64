// npm run bench:upload: a user's 1,000,000-row × 10-column CSV opened in Chromium through "Open
// CSV". Generates the file in a temp dir, serves the app from a Vite dev server, and prints: the
// time to read it in the worker (with how often the progress bar moved), the longest main-thread
// task while it was read, the time until the plot had drawn every point (and the canvas draw
// alone), and SMOTE over the whole file in the worker (request to result, then drawn).
// Knobs: BENCH_PORT (default 5291), BENCH_ROWS (default 1000000).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 5291);
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const FEATURES = 9;

/** Nine numeric features and a label, one row in ten minority; seeded, so every run is the same. */
function writeCsv(dir) {
  let state = 2024;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 2 ** 32;
  };
  const names = Array.from({ length: FEATURES }, (_, j) => `f${j + 1}`);
  const file = join(dir, `upload-${rows}.csv`);
  const lines = [[...names, 'label'].join(',')];
  for (let i = 0; i < rows; i++) {
    const minority = i % 10 === 0;
    const cells = names.map((_, j) => ((minority ? 1 + j * 0.1 : 0) + uniform() * 2).toFixed(4));
    lines.push(`${cells.join(',')},${minority ? 'minority' : 'majority'}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Watches the page from its start: long tasks and every value the progress bar takes. */
function watchPage() {
  window.benchLongTasks = [];
  window.benchProgress = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.tagName === 'PROGRESS') {
        window.benchProgress.push(Number(r.target.getAttribute('value')));
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['value'] });
}

const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;

async function measure(page, file) {
  const wait = { timeout: 600_000, polling: 100 };
  // A cold dev server compiles the app on the first visit, which can take a while.
  await page.goto(`http://127.0.0.1:${port}/?dataset=fraud-walkthrough&k=5&anchor=none`, wait);
  await page.waitForFunction(() => (window.smoteLabPlot?.lastDraw.points ?? 0) >= 48, null, wait);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open CSV' }).click();
  const picker = await chooser;
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => performance.now());
  await picker.setFiles(file);
  await page.waitForFunction(
    () => performance.getEntriesByName('smote-lab:file-read').length > 0,
    null,
    wait,
  );
  await page.waitForFunction((n) => window.smoteLabPlot?.lastDraw.points === n, rows, wait);
  const load = await page.evaluate((t0) => {
    const read = performance.getEntriesByName('smote-lab:file-read')[0].startTime;
    const tasks = window.benchLongTasks.filter((t) => t.start >= t0);
    const reading = tasks.filter((t) => t.start + t.duration < read);
    const longest = (list) => list.reduce((m, t) => Math.max(m, t.duration), 0);
    return {
      readMs: read - t0,
      plottedMs: performance.now() - t0,
      drawMs: window.smoteLabPlot.lastDraw.ms,
      progress: window.benchProgress.filter((v) => v > 0 && v < 1).length,
      longestReading: longest(reading),
      longReading: reading.length,
      longestShowing: longest(tasks.filter((t) => t.start + t.duration >= read)),
    };
  }, start);
  const status = page.getByRole('region', { name: 'Resample' }).getByRole('status');
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Resample' }).click();
  await status.filter({ hasText: /made [\d,]+ synthetic points in \d+ ms/ }).waitFor(wait);
  const text = await status.innerText();
  const made = Number(text.match(/made ([\d,]+) synthetic/)[1].replaceAll(',', ''));
  const runMs = Number(text.match(/in (\d+) ms/)[1]);
  await page.waitForFunction((n) => window.smoteLabPlot?.lastDraw.points === n, rows + made, wait);
  const shownMs = (await page.evaluate(() => performance.now())) - clicked;
  return { ...load, made, runMs, shownMs };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'smote-lab-upload-bench-'));
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    server: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const file = writeCsv(dir);
    const size = statSync(file).size / 1024 / 1024;
    await server.listen();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(watchPage);
    console.log(
      `upload bench: Chromium ${browser.version()}, ${rows.toLocaleString('en-US')} rows × ${FEATURES + 1} columns (${size.toFixed(1)} MiB), load average ${loadavg()[0].toFixed(1)}`,
    );
    const r = await measure(page, file);
    console.log(
      `read in the worker:        ${ms(r.readMs)} (the progress bar moved ${r.progress} times)`,
    );
    console.log(
      `main thread while reading: longest task ${ms(r.longestReading)} (${r.longReading} tasks over 50 ms)`,
    );
    console.log(
      `plotted:                   ${ms(r.plottedMs)} after the pick (canvas draw ${ms(r.drawMs)}; longest task while taking the dataset in and drawing it ${ms(r.longestShowing)})`,
    );
    console.log(
      `SMOTE in the worker:       ${ms(r.runMs)} for ${r.made.toLocaleString('en-US')} synthetic points; ${ms(r.shownMs)} from the click until they were drawn`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
