import { test } from '@playwright/test';
import { listMethods } from '../../src/core/sampling/registry';
import {
  builtIn,
  coreRun,
  expectCounts,
  expectWarnings,
  pickMethod,
  resampleAndWait,
  storyMarkers,
} from './method-runs';
import { expect, openView, PROJECTOR, query, snap } from './plot-page';

test.use({ viewport: PROJECTOR });

test('the picker offers every registry method by group, and a form from its parameters', async ({
  page,
}, testInfo) => {
  await openView(page, '?dataset=subscriptions-mixed&anchor=none', 104);
  const picker = page.getByLabel('Method', { exact: true });
  const groups = {
    'over-sampler': 'Over-samplers: make new minority points',
    cleaner: 'Cleaners: remove points',
    combination: 'Combinations: make, then clean',
  };
  for (const [kind, label] of Object.entries(groups)) {
    const names = listMethods()
      .filter((m) => m.kind === kind)
      .map((m) => m.name);
    await expect(picker.locator(`optgroup[label="${label}"] option`)).toHaveText(names);
  }
  for (const method of listMethods()) {
    await pickMethod(page, method.name);
    await expect(page.locator('.method-lesson')).toContainText(method.lesson);
    const form = page.getByRole('group', { name: `${method.name} parameters` });
    for (const spec of method.params) {
      const control =
        spec.kind === 'columns'
          ? form.getByRole('group', { name: spec.name })
          : form.getByLabel(spec.name, { exact: true });
      await expect(control, `${method.name}.${spec.name}`).toBeVisible();
      await expect(form.locator(`[data-param="${spec.name}"] .param-hint`)).toContainText(
        spec.help,
      );
      if (spec.kind === 'int' && spec.min !== undefined) {
        await expect(control).toHaveAttribute('min', String(spec.min));
      }
      if (spec.kind === 'choice') {
        await expect(control.locator('option')).toHaveText(spec.choices!);
      }
    }
  }
  await pickMethod(page, 'SMOTENC');
  const columns = page.getByRole('group', { name: 'categorical_features' });
  await expect(columns.getByRole('checkbox')).toHaveCount(4);
  await expect(columns).toContainText('contract (text)');
  await snap(page, testInfo, 'form-SMOTENC');
});

// Each method on a built-in dataset that shows its story.
const STORIES: [string, string][] = [
  ['SMOTE', 'overlap-noisy-minority'],
  ['RandomOverSampler', 'overlap-noisy-minority'],
  ['BorderlineSMOTE', 'overlap-noisy-minority'],
  ['SVMSMOTE', 'overlap-noisy-minority'],
  ['KMeansSMOTE', 'moons-curved-minority'],
  ['ADASYN', 'overlap-noisy-minority'],
  ['SMOTENC', 'subscriptions-mixed'],
  ['SMOTEN', 'subscriptions-mixed'],
  ['TomekLinks', 'overlap-noisy-minority'],
  ['EditedNearestNeighbours', 'overlap-noisy-minority'],
  ['SMOTETomek', 'overlap-noisy-minority'],
  ['SMOTEENN', 'overlap-noisy-minority'],
];

for (const [method, dataset] of STORIES) {
  test(`${method} on ${dataset}: the counts, warnings and marks the core gives`, async ({
    page,
  }, testInfo) => {
    const run = coreRun(dataset, method);
    const { data, entry } = builtIn(dataset);
    await openView(page, `?dataset=${dataset}&anchor=none`, data.n);
    await pickMethod(page, method);
    await resampleAndWait(page, method);
    await expectCounts(page, run);
    await expectWarnings(page, run);
    const { diagnostics: d, removed, provenance } = run.result;
    const synthetic = provenance.gap.length;
    await page.waitForFunction(
      (n) => window.smoteLabPlot?.lastDraw.points === n,
      data.n + synthetic,
    );
    for (const set of ['danger', 'noise', 'safe'] as const) {
      if (d[set]) expect(await storyMarkers(page, set), set).toBe(d[set]!.length);
      else await expect(page.locator(`[data-story="${set}"]`)).toHaveCount(0);
    }
    if (d.weights) {
      const weighted = d.weights.filter((w) => w > 0).length;
      expect(await storyMarkers(page, 'weight')).toBe(weighted);
    }
    if (d.clusterLabels) {
      const clusters = new Set(d.clusterLabels).size;
      await expect(page.locator('[data-story="clusters"] .cluster')).toHaveCount(clusters);
      await expect(page.locator('[data-story="clusters"] .cluster-used')).toHaveCount(
        d.clustersUsed!.length,
      );
    }
    const extrapolated = provenance.gap.filter((g) => g < 0).length;
    if (extrapolated > 0) expect(await storyMarkers(page, 'extrapolation')).toBe(extrapolated);
    if (removed.length > 0) {
      expect(await storyMarkers(page, 'removed')).toBe(removed.length);
      await expect(page.locator('[data-story-legend="removed"]')).toContainText(
        String(removed.length),
      );
    } else {
      await expect(page.locator('[data-story="removed"]')).toHaveCount(0);
    }
    // A link names the method unless it is the one the dataset opens with.
    const opening = entry.defaults.method ?? 'SMOTE';
    await expect.poll(() => query(page).get('method')).toBe(opening === method ? null : method);
    await snap(page, testInfo, `story-${method}`);
  });
}
