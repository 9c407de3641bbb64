// For the lesson specs: each lesson's view read from its query, the core's run of that view in
// Node, and the accessibility audit every lesson must pass.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { classCounts } from '../../src/core/data/dataset';
import type { Outcome } from '../../src/core/outcome';
import { createRandom } from '../../src/core/random';
import { parseParamText } from '../../src/core/sampling/params';
import { findMethod, runMethod } from '../../src/core/sampling/registry';
import type { Params, ResampleResult } from '../../src/core/sampling/types';
import type { Lesson } from '../../src/ui/lessons/lesson-list';
import { builtIn, type CoreRun } from './method-runs';
import { expect } from './plot-page';

export interface LessonView {
  dataset: string;
  method: string;
  k: number;
  seed: number;
  anchor: number | null;
  resampled: boolean;
  /** The method's parameters as the core takes them: k_neighbors = k, then the lesson's p.<name>. */
  params: Params;
}

export function lessonView(lesson: Lesson): LessonView {
  const query = new URLSearchParams(lesson.query);
  const dataset = query.get('dataset')!;
  const { entry } = builtIn(dataset);
  const method = query.get('method') ?? entry.defaults.method ?? 'SMOTE';
  const k = Number(query.get('k') ?? entry.defaults.k ?? 5);
  const specs = findMethod(method)!.params;
  const params: Params = {};
  if (specs.some((p) => p.name === 'k_neighbors')) params.k_neighbors = k;
  for (const [key, text] of query) {
    if (!key.startsWith('p.')) continue;
    const spec = specs.find((p) => p.name === key.slice(2))!;
    params[spec.name] = parseParamText(spec, text);
  }
  const anchor = query.get('anchor');
  return {
    dataset,
    method,
    k,
    seed: Number(query.get('seed') ?? 0),
    anchor: anchor === null || anchor === 'none' ? null : Number(anchor),
    resampled: query.get('resampled') === '1',
    params,
  };
}

/** The lesson's run in the core, as the app's Resample makes it; a refusal comes back as a failure. */
export function lessonRun(view: LessonView): Outcome<CoreRun> {
  const { data } = builtIn(view.dataset);
  const run = runMethod(view.method, data, view.params, { random: createRandom(view.seed) });
  if (!run.ok) return run;
  const result: ResampleResult = run.value;
  const after = new Int32Array(data.classNames.length);
  for (const row of result.output) after[result.pool.y[row]]++;
  return {
    ok: true,
    value: { data, result, params: view.params, before: classCounts(data), after },
  };
}

/** axe-core over the whole page: no serious or critical violation, each named with its nodes. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
