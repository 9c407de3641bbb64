// For the evaluation specs: the run the panel makes, done with the core in Node, and the page
// steps that open the panel and run it.
import type { Page } from '@playwright/test';
import type { ClassifierName } from '../../src/core/learn/classifier';
import { type EvaluationRun, evaluateVariants } from '../../src/worker/evaluate-api';
import { builtIn } from './method-runs';
import { expect } from './plot-page';

export const DEFAULT_VARIANTS = ['none', 'class_weight', 'SMOTE', 'RandomOverSampler'];

/** The panel's run with its default folds (5), repeats (2) and seed (0). */
export function coreEvaluation(
  dataset: string,
  classifier: ClassifierName,
  methods = DEFAULT_VARIANTS,
): EvaluationRun {
  const { data } = builtIn(dataset);
  const run = evaluateVariants({
    dataset: data,
    classifier,
    methods,
    folds: 5,
    repeats: 2,
    seed: 0,
  });
  if (!run.ok) throw new Error(run.error.message);
  return run.value;
}

export function evaluationPanel(page: Page) {
  return page.getByRole('region', { name: 'Evaluation' });
}

export async function openEvaluation(page: Page, classifier: ClassifierName): Promise<void> {
  await page.getByText('Evaluate: does resampling help here?').click();
  await page.getByLabel('Classifier').selectOption(classifier);
}

/** Clicks Evaluate and waits for the summary line. */
export async function evaluateAndWait(page: Page, variants: number): Promise<void> {
  await evaluationPanel(page).getByRole('button', { name: 'Evaluate', exact: true }).click();
  await expect(evaluationPanel(page).getByRole('status').first()).toContainText(
    new RegExp(`^Evaluated ${variants} variants with`),
    { timeout: 60_000 },
  );
}
