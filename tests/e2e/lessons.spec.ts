import { type Page, test } from '@playwright/test';
import { createRandom } from '../../src/core/random';
import { anchorWalkthrough } from '../../src/core/sampling/anchor-walkthrough';
import { formatNumber } from '../../src/plot/format-number';
import { LESSONS } from '../../src/ui/lessons/lesson-list';
import { evaluateVariants } from '../../src/worker/evaluate-api';
import { expectNoSeriousViolations, type LessonView, lessonRun, lessonView } from './lesson-runs';
import { builtIn, type CoreRun, coreRun, expectCounts, storyMarkers } from './method-runs';
import { expect, inspector, openView, PROJECTOR, plot, query, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

/** "majority 300 → 300, minority 30 → 300", largest class first, as the evidence panels write it. */
function countsText(run: CoreRun): string {
  const order = [...run.before.keys()].sort((a, b) => run.before[b] - run.before[a] || a - b);
  return order
    .map((c) => `${run.data.classNames[c]} ${run.before[c]} → ${run.after[c]}`)
    .join(', ');
}

/** Children per input row, counted from the run's provenance. */
function childrenPerRow(run: CoreRun): number[] {
  const per = new Array<number>(run.data.n).fill(0);
  for (const a of run.result.provenance.anchor) per[a]++;
  return per;
}

function neighboursOf(view: LessonView): number[] {
  const { data } = builtIn(view.dataset);
  const walk = anchorWalkthrough(data, view.anchor!, view.k, 0, createRandom(0));
  if (!walk.ok) throw new Error(walk.error.message);
  return [...walk.value.neighbors];
}

async function expectNeighbourRows(page: Page, rows: number[]): Promise<void> {
  const table = inspector(page).getByRole('table', { name: 'Neighbours' });
  await expect(table.locator('tbody tr th')).toHaveText(rows.map(String));
}

type Evidence = (page: Page, view: LessonView, run: CoreRun | null) => Promise<void>;

const EVIDENCE: Record<string, Evidence> = {
  async 'why-not-duplicate'(page, view, run) {
    const copies = coreRun(view.dataset, 'RandomOverSampler', {}, view.seed);
    const panel = page.getByRole('region', { name: 'RandomOverSampler beside SMOTE' });
    const perRow = childrenPerRow(copies);
    const piled = perRow.filter((c) => c > 0).length;
    await expect(panel.locator('[data-method="RandomOverSampler"]')).toHaveText(
      `RandomOverSampler: ${countsText(copies)}; ${copies.result.provenance.anchor.length} copies on ${piled} places (a pile of up to ${Math.max(...perRow)} on one row).`,
    );
    // The piles on the small plot are the core's copies, row by row.
    const piles = () =>
      panel.locator('g[data-row]').evaluateAll((gs) =>
        gs
          .map((g) => [Number(g.getAttribute('data-row')), Number(g.getAttribute('data-copies'))])
          .sort((a, b) => a[0] - b[0])
          .map(([, copies]) => copies),
      );
    await expect.poll(piles).toEqual(perRow);
    const made = run!.result.provenance.anchor.length;
    await expect(panel.locator('[data-method="SMOTE"]')).toHaveText(
      `SMOTE (the main plot): ${countsText(run!)}; ${made} new points on ${made} places.`,
    );
  },

  async 'anchor-fairness'(page, _view, run) {
    const { data } = run!;
    const minority = data.classNames.indexOf('minority');
    const per = childrenPerRow(run!).filter((_, r) => data.y[r] === minority);
    const histogram = new Array<number>(Math.max(...per) + 1).fill(0);
    for (const c of per) histogram[c]++;
    const bars = page.getByRole('region', { name: 'Children per anchor' }).locator('.lesson-bar');
    const shown = () =>
      bars.evaluateAll((gs) =>
        gs.map((g) => [
          Number(g.getAttribute('data-children')),
          Number(g.getAttribute('data-count')),
        ]),
      );
    await expect.poll(shown).toEqual(histogram.map((count, children) => [children, count]));
    // "About a third of the minority is never drawn."
    expect(histogram[0] / per.length).toBeGreaterThan(0.25);
    expect(histogram[0] / per.length).toBeLessThan(0.45);
    await expect(page.getByRole('region', { name: 'Children per anchor' })).toContainText(
      `${histogram[0]} of ${per.length} minority points were never drawn as an anchor`,
    );
  },

  async 'categorical-features'(page, view, run) {
    const columns = ['contract_monthly', 'contract_yearly', 'contract_two_year'];
    const voted = coreRun(view.dataset, 'SMOTENC', { categorical_features: columns }, view.seed);
    const fractional = (r: CoreRun) => {
      const { pool, nInput } = r.result;
      const js = columns.map((c) => pool.featureNames.indexOf(c));
      const rows: number[] = [];
      for (let i = nInput; i < pool.n; i++) {
        if (js.some((j) => pool.X[i * pool.d + j] % 1 !== 0)) rows.push(i - nInput);
      }
      return rows;
    };
    const broken = fractional(run!);
    expect(broken.length).toBeGreaterThan(0);
    expect(fractional(voted)).toEqual([]);
    const panel = page.getByRole('region', { name: 'One-hot cells' });
    await expect(panel.locator('li[data-method="SMOTE"]')).toHaveAttribute(
      'data-fractional',
      String(broken.length),
    );
    await expect(panel.locator('li[data-method="SMOTENC"]')).toHaveAttribute(
      'data-fractional',
      '0',
    );
    const row = broken[0];
    await expect(panel.getByRole('heading')).toHaveText(`One-hot cells of synthetic row ${row}`);
    for (const [name, r] of [
      ['SMOTE', run!],
      ['SMOTENC', voted],
    ] as const) {
      const { pool, nInput } = r.result;
      const cells = columns.map((c) =>
        formatNumber(pool.X[(nInput + row) * pool.d + pool.featureNames.indexOf(c)], 3),
      );
      await expect(panel.locator(`td[data-method="${name}"]`)).toHaveText(cells);
    }
    // SMOTE's example has a fraction on screen; SMOTENC's cells are whole categories.
    await expect(
      panel.locator('td[data-method="SMOTE"]').filter({ hasText: '.' }).first(),
    ).toBeVisible();
    for (const text of await panel.locator('td[data-method="SMOTENC"]').allTextContents()) {
      expect(['0', '1']).toContain(text);
    }
  },

  async 'high-dimensions'(page, view) {
    const { data } = builtIn(view.dataset);
    const neighbours = neighboursOf(view);
    const a = view.anchor!;
    const screen = (r: number) =>
      Math.hypot(data.X[r * 10] - data.X[a * 10], data.X[r * 10 + 1] - data.X[a * 10 + 1]);
    const others = [...Array(data.n).keys()].filter((r) => r !== a && data.y[r] === data.y[a]);
    others.sort((p, q) => screen(p) - screen(q) || p - q);
    const ranks = neighbours.map((r) => others.indexOf(r) + 1);
    const rows = page.getByRole('region', { name: 'Neighbours on screen' }).locator('tbody tr');
    const shown = () =>
      rows.evaluateAll((trs) =>
        trs.map((tr) => [
          Number(tr.getAttribute('data-row')),
          Number(tr.getAttribute('data-screen-rank')),
        ]),
      );
    await expect.poll(shown).toEqual(neighbours.map((r, i) => [r, ranks[i]]));
    // The point of the lesson: most true neighbours are not the nearest on the plot.
    expect(ranks.filter((rank) => rank > neighbours.length).length).toBeGreaterThanOrEqual(3);
  },

  async 'feature-scaling'(page, view) {
    const { data } = builtIn(view.dataset);
    const neighbours = neighboursOf(view);
    await expectNeighbourRows(page, neighbours);
    // Unscaled, the balance decides: a neighbour comes from the other utilisation group.
    const low = (r: number) => data.X[r * 2] < 0.5;
    expect(neighbours.some((r) => low(r) !== low(view.anchor!))).toBe(true);
  },

  async 'subgroups-large-k'(page, view) {
    const neighbours = neighboursOf(view);
    await expectNeighbourRows(page, neighbours);
    // Rows 300-311 are the left group, 312-325 the right one; with k = 5 the group keeps to itself.
    expect(neighbours.filter((r) => r >= 312).length).toBeGreaterThan(0);
    expect(neighboursOf({ ...view, k: 5 }).every((r) => r < 312)).toBe(true);
  },

  async 'k-too-small'(page, view, run) {
    await expectNeighbourRows(page, neighboursOf(view));
    // Minority rows come in clumps of four (rows 4c..4c+3): no synthetic point leaves its clump.
    const { anchor, neighbor } = run!.result.provenance;
    for (let i = 0; i < anchor.length; i++) expect(anchor[i] >> 2).toBe(neighbor[i] >> 2);
  },

  async 'noisy-minority'(page, view) {
    const neighbours = neighboursOf(view);
    await expectNeighbourRows(page, neighbours);
    expect(neighbours.every((r) => r >= 440)).toBe(true);
  },

  async 'overlapping-classes'(page, view) {
    await expectNeighbourRows(page, neighboursOf(view));
    // The banner's claim, with the Evaluation panel's settings and the k-NN classifier.
    const { data } = builtIn(view.dataset);
    const request = { dataset: data, classifier: 'knn' as const, methods: ['none', 'SMOTE'] };
    const out = evaluateVariants({ ...request, folds: 5, repeats: 2, seed: 0 });
    if (!out.ok) throw new Error(out.error.message);
    const [plain, smote] = out.value.honest.results.map((r) => r.metrics);
    expect(smote.recall.mean).toBeGreaterThan(plain.recall.mean);
    expect(smote.precision.mean).toBeLessThan(plain.precision.mean);
  },

  async 'variant-borderline'(page, _view, run) {
    const d = run!.result.diagnostics;
    for (const set of ['danger', 'noise', 'safe'] as const) {
      expect(await storyMarkers(page, set), set).toBe(d[set]!.length);
    }
    const anchors = new Set(run!.result.provenance.anchor);
    expect([...anchors].every((a) => d.danger!.includes(a))).toBe(true);
    // The mislabelled clump in the lower left (rows 440-445) still has danger points.
    expect(d.danger!.some((r) => r >= 440)).toBe(true);
  },

  async 'variant-adasyn'(page, _view, run) {
    const weights = run!.result.diagnostics.weights!;
    expect(await storyMarkers(page, 'weight')).toBe(weights.filter((w) => w > 0).length);
  },

  async 'variant-svmsmote'(page, _view, run) {
    const extrapolated = run!.result.provenance.gap.filter((g) => g < 0).length;
    expect(extrapolated).toBeGreaterThan(0);
    const vectors = new Set(run!.result.diagnostics.supportVectors);
    expect(run!.result.provenance.anchor.every((a) => vectors.has(a))).toBe(true);
    expect(await storyMarkers(page, 'extrapolation')).toBe(extrapolated);
  },

  async 'variant-kmeans'(page, _view, run) {
    const d = run!.result.diagnostics;
    // Only the right group's cluster grows (rows 312-325), so nothing bridges the two groups.
    expect(run!.result.provenance.anchor.every((a) => a >= 312)).toBe(true);
    expect(run!.result.provenance.neighbor.every((r) => r >= 312)).toBe(true);
    await expect(page.locator('[data-story="clusters"] .cluster')).toHaveCount(
      new Set(d.clusterLabels).size,
    );
    await expect(page.locator('[data-story="clusters"] .cluster-used')).toHaveCount(
      d.clustersUsed!.length,
    );
  },

  async 'variant-smote-tomek'(page, _view, run) {
    expect(await storyMarkers(page, 'removed')).toBe(run!.result.removed.length);
  },

  async 'variant-smote-enn'(page, view, run) {
    expect(await storyMarkers(page, 'removed')).toBe(run!.result.removed.length);
    const tomek = coreRun(view.dataset, 'SMOTETomek', view.params, view.seed);
    expect(run!.result.removed.length).toBeGreaterThan(2 * tomek.result.removed.length);
  },
};

for (const lesson of LESSONS) {
  test(`lesson ${lesson.id}: the picker opens its view, its banner and its evidence`, async ({
    page,
  }, testInfo) => {
    const view = lessonView(lesson);
    const { data } = builtIn(view.dataset);
    await openView(page, '?dataset=two-points', 8);
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption(lesson.id);

    const banner = page.getByRole('region', { name: `Lesson: ${lesson.title}` });
    await expect(banner).toContainText(`Look: ${lesson.look}`);
    await expect(banner).toContainText(`Why: ${lesson.why}`);
    await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue(view.dataset);
    await expect(page.getByLabel('Method', { exact: true })).toHaveValue(view.method);
    await expect(page.getByLabel('k neighbours')).toHaveValue(String(view.k));
    await expect.poll(() => query(page).get('lesson')).toBe(lesson.id);
    if (view.anchor !== null) {
      await expect(inspector(page)).toContainText(`Anchor: row ${view.anchor}`);
    }

    let run: CoreRun | null = null;
    if (view.resampled) {
      const outcome = lessonRun(view);
      if (outcome.ok) {
        run = outcome.value;
        await expectCounts(page, run);
        const made = run.result.provenance.anchor.length;
        await page.waitForFunction(
          (n) => window.smoteLabPlot?.lastDraw.points === n,
          data.n + made,
        );
      } else {
        // The app shows the core's own message, names the limit and keeps the plot.
        const message = outcome.error.message;
        expect(message).toMatch(/has \d+ samples; k_neighbors can be at most \d+/);
        // The banner's way out: k = 3 works on the same data.
        expect(lessonRun({ ...view, params: { ...view.params, k_neighbors: 3 } }).ok).toBe(true);
        await expect(page.getByRole('region', { name: 'Resample' }).getByRole('alert')).toHaveText(
          message,
        );
        await expect(inspector(page).getByRole('alert')).toContainText(message);
        await expect(plot(page)).toBeVisible();
      }
    } else {
      await page.waitForFunction((n) => window.smoteLabPlot?.lastDraw.points === n, data.n);
    }
    await EVIDENCE[lesson.id]?.(page, view, run);
    await expectNoSeriousViolations(page);
    await snap(page, testInfo, `lesson-${lesson.id}`);
  });
}

test('a lesson link reopens the lesson, and changes made in it stay in the link', async ({
  page,
}) => {
  await openView(page, '?lesson=k-too-small', 332);
  const banner = page.getByRole('region', { name: 'Lesson: A k too small' });
  await expect(banner).toBeVisible();
  await page.getByLabel('k neighbours').fill('8');
  await expect.poll(() => query(page).get('k')).toBe('8');
  expect(query(page).get('lesson')).toBe('k-too-small');
  // More neighbours reach other clumps: some synthetic points now leave their anchor's clump.
  const run = coreRun('clumped-minority', 'SMOTE', { k_neighbors: 8 });
  const { anchor, neighbor } = run.result.provenance;
  expect(anchor.some((a, i) => a >> 2 !== neighbor[i] >> 2)).toBe(true);
  await expectCounts(page, run);
  await expect(page.getByRole('region', { name: 'Resample' }).getByRole('status')).toContainText(
    `made ${anchor.length} synthetic points`,
  );

  await openView(page, new URL(page.url()).search, 332);
  await expect(banner).toBeVisible();
  await expect(page.getByLabel('k neighbours')).toHaveValue('8');
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('k-too-small');

  // Another dataset ends the lesson; "No lesson" then keeps the view.
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption('two-points');
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('');
  await expect.poll(() => query(page).get('lesson')).toBeNull();

  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('noisy-minority');
  await expect(page.getByRole('region', { name: 'Lesson: Noisy minority points' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('');
  await expect(page.getByRole('region', { name: /^Lesson:/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue(
    'overlap-noisy-minority',
  );
  await expect.poll(() => query(page).get('lesson')).toBeNull();
});

test('an unknown lesson in a link is named in a notice and the view still opens', async ({
  page,
}) => {
  await openView(page, '?lesson=smote-magic&dataset=two-points', 8);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    "The link's lesson 'smote-magic' is not one of the lessons",
  );
  await expect(page.getByRole('combobox', { name: 'Lesson' })).toHaveValue('');
});

test('the RandomOverSampler beside SMOTE follows a new seed, run for run', async ({ page }) => {
  const lesson = LESSONS.find((l) => l.id === 'why-not-duplicate')!;
  const view = { ...lessonView(lesson), seed: 7 };
  await openView(page, '?lesson=why-not-duplicate', 330);
  await page.getByLabel('Seed').fill('7');
  await expect.poll(() => query(page).get('seed')).toBe('7');
  const run = coreRun(view.dataset, 'SMOTE', view.params, 7);
  await expectCounts(page, run);
  await EVIDENCE['why-not-duplicate'](page, view, run);
});
