// For the stepper specs: the run the app makes, traced with the core in Node, and the page steps
// that open the stepper and read where it is.
import type { Page } from '@playwright/test';
import { validateParams } from '../../src/core/sampling/params';
import { findMethod } from '../../src/core/sampling/registry';
import { createRunTracer, type RunTracer, runRecordOf } from '../../src/core/sampling/sample-trace';
import type { Params } from '../../src/core/sampling/types';
import { type CoreRun, coreRun } from './method-runs';
import { expect } from './plot-page';

export interface TracedRun extends CoreRun {
  tracer: RunTracer;
}

/** The app's run of `method` on a built-in dataset, with its tracer. */
export function tracedRun(
  dataset: string,
  method: string,
  extra: Params = {},
  seed = 0,
): TracedRun {
  const run = coreRun(dataset, method, extra, seed);
  const entry = findMethod(method)!;
  const params = validateParams(entry.name, entry.params, run.params);
  if (!params.ok) throw new Error(params.error.message);
  const tracer = createRunTracer(run.data, params.value, runRecordOf(run.result));
  if (!tracer.ok) throw new Error(tracer.error.message);
  return { ...run, tracer: tracer.value };
}

export function stepperBar(page: Page) {
  return page.getByRole('region', { name: 'Stepper' });
}

export function narration(page: Page) {
  return page.locator('.step-narration');
}

/** Opens the stepper with the keyboard and waits for the run to be ready at its first step. */
export async function openStepperByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Step through the run' }).focus();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toHaveAttribute('data-phase', /anchor|remove|end/);
}

/** The canvas has drawn the input rows and this many synthetic points. */
export async function expectDrawn(page: Page, points: number): Promise<void> {
  await page.waitForFunction((n) => window.smoteLabPlot?.lastDraw.points === n, points);
}
