import { type Page, type Request, test } from '@playwright/test';
import { download, exportStatus } from './exports-page';
import { resampleAndWait } from './method-runs';
import { expect, openView, snap } from './plot-page';
import { expectOpened, fixture, pickFile } from './upload-page';

// Each step is one thing a user does with their data; a new one (opening a file) is one line here.
const STEPS: [string, (page: Page) => Promise<void>][] = [
  ['open a dataset', (page) => openView(page, '?dataset=fraud-walkthrough&k=3&anchor=0', 48)],
  [
    'open a file of my own',
    async (page) => {
      await pickFile(page, fixture('good/tabs.tsv'));
      await expectOpened(page, 'tabs.tsv', 14);
    },
  ],
  ['resample', (page) => resampleAndWait(page, 'SMOTE')],
  ['export the resampled CSV', async (page) => void (await download(page, 'Output CSV'))],
  ['export the plot as PNG', async (page) => void (await download(page, 'Plot PNG'))],
  ['export the plot as SVG', async (page) => void (await download(page, 'Plot SVG'))],
  [
    'copy the Python',
    async (page) => {
      await page.getByRole('button', { name: 'Copy as Python' }).click();
      await expect(exportStatus(page)).toContainText('Copied');
    },
  ],
];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('no request leaves the page origin while data is opened, resampled and exported', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The app's own work must not trip its policy either.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const seen = new Map<string, number>();
  for (const [step, act] of STEPS) {
    await act(page);
    seen.set(step, requests.length);
  }
  const foreign = requests
    .map((r) => r.url())
    .filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
  // The steps did make requests of their own origin (the app, its worker, the dataset).
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.some((r) => r.url().endsWith('/datasets/fraud-walkthrough.csv'))).toBe(true);
  // The opened file is read in the page's worker: no request carries its name or its data.
  expect(requests.filter((r) => r.url().includes('tabs') || r.method() !== 'GET')).toEqual([]);
  expect(seen.size).toBe(STEPS.length);
  expect(errors).toEqual([]);
  await snap(page, testInfo, 'after-exports');
});

test('the Content-Security-Policy blocks any other origin, and the page says the data stays', async ({
  page,
}) => {
  await openView(page, '?dataset=fraud-walkthrough&anchor=none', 48);
  await expect(page.getByText('Your data stays on this machine')).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("default-src 'self'");
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective),
    );
    // Another port is another origin: the policy must stop the request before it is made.
    const other = `${location.protocol}//${location.hostname}:1/steal`;
    const fetched = await fetch(other, { method: 'POST', body: 'rows' }).then(
      () => 'sent',
      (error: Error) => error.name,
    );
    const image = await new Promise<string>((done) => {
      const img = new Image();
      img.onload = () => done('loaded');
      img.onerror = () => done('blocked');
      img.src = 'https://example.org/pixel.png';
    });
    await new Promise((done) => setTimeout(done, 50));
    return { fetched, image, violations };
  });
  expect(outcome.fetched).toBe('TypeError');
  expect(outcome.image).toBe('blocked');
  expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
});
