import { describe, expect, it } from 'vitest';
import { classCounts, type Dataset } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { defaultParams, findMethod, runMethod } from '../../../src/core/sampling/registry';
import type { Params } from '../../../src/core/sampling/types';
import {
  type ExplainFocus,
  type ExplainInput,
  explainPlainText,
  explainSections,
} from '../../../src/ui/explain/explain-text';
import { builtIn } from '../../core/sampling/built-in';

/** The card's input for a dataset and method, run with the core as the worker runs it. */
function inputFor(
  dataset: string,
  method: string,
  extra: Params,
  focus: (
    data: Dataset,
    made: { anchor: Int32Array; neighbor: Int32Array; gap: Float64Array; X: Float64Array },
  ) => ExplainFocus | null,
  seed = 0,
): ExplainInput {
  const data = builtIn(dataset);
  const entry = findMethod(method)!;
  const params = { ...defaultParams(entry), ...extra };
  const run = runMethod(method, data, params, { random: createRandom(seed) });
  if (!run.ok) throw new Error(run.error.message);
  const { pool, nInput, provenance } = run.value;
  const after = new Int32Array(data.classNames.length);
  for (const row of run.value.output) after[pool.y[row]]++;
  return {
    data,
    datasetTitle: dataset,
    method,
    params,
    specs: entry.params,
    focus: focus(data, { ...provenance, X: pool.X.subarray(nInput * pool.d) }),
    run: {
      countsBefore: classCounts(data),
      countsAfter: after,
      made: provenance.anchor.length,
      removed: run.value.removed.length,
      warnings: run.value.warnings,
    },
  };
}

const sampleFocus =
  (i: number) =>
  (
    data: Dataset,
    made: { anchor: Int32Array; neighbor: Int32Array; gap: Float64Array; X: Float64Array },
  ) => ({
    anchor: made.anchor[i],
    neighbor: made.neighbor[i],
    gap: made.gap[i],
    values: made.X.slice(i * data.d, (i + 1) * data.d),
  });

const textOf = (input: ExplainInput) => explainPlainText(explainSections(input));

describe('the explain card’s text', () => {
  it('works the fraud example out: anchor (120, 280), neighbour (160, 230), λ = 0.4', () => {
    const input = inputFor('fraud-walkthrough', 'SMOTE', { k_neighbors: 3 }, () => ({
      anchor: 0,
      neighbor: 1,
      gap: 0.4,
      values: [136, 260],
    }));
    const text = textOf(input);
    expect(text).toContain(
      'On fraud-walkthrough (48 rows: 8 fraud, 40 legitimate), I ran SMOTE with sampling_strategy=auto, k_neighbors=3.',
    );
    expect(text).toContain('It made 32 synthetic points, taking fraud from 8 to 40.');
    expect(text).toContain(
      'anchor row 0, x = (120, 280), and its neighbour row 1, x_nn = (160, 230), one of its k = 3 nearest rows of class fraud',
    );
    expect(text).toContain(
      'for transaction_amount, 120 + 0.4 × (160 − 120) = 136; for time_of_day, 280 + 0.4 × (230 − 280) = 260',
    );
    expect(text).toContain(
      'So the new point is (136, 260). That is 40% of the way along the segment',
    );
    expect(text).toContain('Why SMOTE\nDuplicating rows');
    expect(text).toContain('noise is amplified');
    expect(text).not.toContain('Class fraud has');
    expect(text).toContain('Split first and resample only the training part');
  });

  it('speaks the run’s own sample: its numbers come from the provenance', () => {
    const input = inputFor('fraud-walkthrough', 'SMOTE', { k_neighbors: 3 }, sampleFocus(5));
    const f = input.focus!;
    const text = textOf(input);
    const d = input.data.d;
    const x = input.data.X[f.anchor * d];
    const nn = input.data.X[f.neighbor * d];
    const lambda = Number(f.gap.toPrecision(4));
    const made = Number(f.values[0].toPrecision(6));
    expect(text).toContain(`anchor row ${f.anchor}`);
    expect(text).toContain(`With λ = ${lambda}, x_new`);
    expect(text).toContain(`${x} + ${lambda} × (${nn} − ${x}) = ${made}`);
  });

  it('flags the loan data’s scales and its third, hidden feature', () => {
    const input = inputFor('loan-default', 'SMOTE', { k_neighbors: 3 }, () => ({
      anchor: 0,
      neighbor: 1,
      gap: 0.6,
      values: [33000, 18000, 28],
    }));
    const text = textOf(input);
    expect(text).toContain(
      'for income, 30000 + 0.6 × (35000 − 30000) = 33000; for loan_amount, 15000 + 0.6 × (20000 − 15000) = 18000; for age, 25 + 0.6 × (30 − 25) = 28',
    );
    expect(text).toContain('So the new point is (33000, 18000, 28).');
    expect(text).toMatch(
      /Here income spans about [\d.]+ and age only [\d.]+, so income decides who is a neighbour/,
    );
    expect(text).toContain('The neighbours are found in all 3 features');
    const scaled = textOf({ ...input, scaling: 'standardise' });
    expect(scaled).not.toContain('decides who is a neighbour');
    expect(scaled).toMatch(
      /Here income spans about [\d.]+ and age only [\d.]+; the features are standardised before the neighbour search, so both count, and the new rows are still given in the file's units\./,
    );
  });

  it('says why ADASYN, and repeats the run’s rounding warning', () => {
    const input = inputFor('overlap-noisy-minority', 'ADASYN', {}, sampleFocus(0), 3);
    const text = textOf(input);
    expect(input.run!.warnings.length).toBeGreaterThan(0);
    expect(text).toContain(`This run warned: ${input.run!.warnings[0]}.`);
    expect(text).toContain('Why ADASYN\nPlain SMOTE treats all minority points alike');
    expect(text).toContain('an outlier surrounded by the majority gets the most children');
    expect(text).toContain(`I ran ADASYN with sampling_strategy=auto, n_neighbors=5.`);
  });

  it('explains SVMSMOTE’s negative λ as a step beyond the anchor', () => {
    const input = inputFor(
      'moons-curved-minority',
      'SVMSMOTE',
      {},
      (data, made) => {
        const i = made.gap.findIndex((g) => g < 0);
        return sampleFocus(i)(data, made);
      },
      1,
    );
    const text = textOf(input);
    const lambda = Number(input.focus!.gap.toPrecision(4));
    expect(lambda).toBeLessThan(0);
    expect(text).toContain(`With λ = ${String(lambda).replace('-', '−')}`);
    expect(text).toContain(`+ (${String(lambda).replace('-', '−')}) ×`);
    expect(text).toContain('λ is negative, so the point lies beyond the anchor');
    expect(text).toContain('Why SVMSMOTE\nIt answers an unknown boundary');
  });

  it('speaks of copies and of removals for methods without a neighbour', () => {
    const copies = inputFor('fraud-walkthrough', 'RandomOverSampler', {}, sampleFocus(2), 4);
    const row = copies.focus!.anchor;
    expect(textOf(copies)).toContain(`This point comes from anchor row ${row}`);
    expect(textOf(copies)).toContain('a copy or a vote, not an interpolation');
    const cleaner = inputFor('overlap-noisy-minority', 'TomekLinks', {}, () => null);
    const removed = cleaner.run!.removed;
    expect(removed).toBeGreaterThan(0);
    const text = textOf(cleaner);
    expect(text).toContain(`It removed ${removed} rows, taking`);
    expect(text).toContain('Pick an anchor, or step to a sample');
    expect(text).toContain('it is under-sampling, so it makes no synthetic rows');
  });

  it('warns when the minority is small for k, and when it is too small', () => {
    const five = inputFor('fraud-walkthrough', 'SMOTE', { k_neighbors: 5 }, () => null);
    expect(textOf(five)).toContain(
      'Class fraud has only 8 rows for k = 5: each neighbourhood covers much of the class',
    );
    const eight = { ...five, params: { ...five.params, k_neighbors: 8 }, run: null };
    expect(textOf(eight)).toContain(
      'Class fraud has 8 rows, fewer than k + 1 = 9: there are not enough neighbours',
    );
  });

  it('asks for a run when there is none, with the counts of the data', () => {
    const input = {
      ...inputFor('fraud-walkthrough', 'SMOTE', { k_neighbors: 3 }, () => null),
      run: null,
    };
    expect(textOf(input)).toContain(
      '(48 rows: 8 fraud, 40 legitimate), I ran SMOTE with sampling_strategy=auto, k_neighbors=3. Resample to see',
    );
  });
});
