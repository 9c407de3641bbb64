import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/data/dataset';
import {
  encodeRows,
  encodeScaled,
  fitFeatureEncoder,
} from '../../../src/core/evaluation/feature-encoder';
import { evaluateResampling } from '../../../src/core/evaluation/protocol';
import { createRandom } from '../../../src/core/random';

// Two numeric columns and one categorical column with categories [blue, green, red].
const small: Dataset = {
  n: 4,
  d: 2,
  X: Float64Array.from([0, 10, 2, 10, 4, 10, 6, 30]),
  featureNames: ['a', 'b'],
  categorical: [
    { name: 'colour', codes: Int32Array.from([2, 0, 2, 1]), categories: ['blue', 'green', 'red'] },
  ],
  columns: [
    { kind: 'numeric', index: 0 },
    { kind: 'categorical', index: 0 },
    { kind: 'numeric', index: 1 },
  ],
  y: Int32Array.from([0, 0, 1, 1]),
  classNames: ['no', 'yes'],
  labelName: 'label',
};

describe('fitFeatureEncoder', () => {
  it('standardises on the training rows and gives each seen category a slot, in sorted order', () => {
    const encoder = fitFeatureEncoder(small, [0, 1, 2]);
    expect(Array.from(encoder.scaler.mean)).toEqual([2, 10]);
    // green (code 1) is not in rows 0..2: no slot, so row 3 encodes it as all zeros.
    expect(Array.from(encoder.slots[0])).toEqual([2, -1, 3]);
    expect(encoder.width).toBe(4);
    const sd = Math.sqrt(8 / 3);
    expect(Array.from(encodeRows(encoder, small, [1, 3]))).toEqual([0, 0, 1, 0, 4 / sd, 20, 0, 0]);
  });

  it('appends the one-hot block to rows already standardised', () => {
    const encoder = fitFeatureEncoder(small, [0, 1, 2, 3]);
    const scaled = { ...small, X: Float64Array.from([9, 9, 8, 8, 7, 7, 6, 6]) };
    expect(Array.from(encodeScaled(encoder, scaled))).toEqual([
      9, 9, 0, 0, 1, 8, 8, 1, 0, 0, 7, 7, 0, 0, 1, 6, 6, 0, 1, 0,
    ]);
  });
});

describe('evaluation on mixed and all-categorical data', () => {
  // 60 rows: the minority is mostly 'red' and has larger numbers.
  function mixed(): Dataset {
    const random = createRandom(4);
    const n = 60;
    const X = new Float64Array(n * 2);
    const codes = new Int32Array(n);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const minority = i % 4 === 0;
      y[i] = minority ? 1 : 0;
      X[i * 2] = random.normal() + (minority ? 1 : 0);
      X[i * 2 + 1] = random.normal();
      codes[i] = minority ? (random.next() < 0.8 ? 2 : 0) : random.int(3);
    }
    return { ...small, n, X, y, categorical: [{ ...small.categorical[0], codes }] };
  }

  it('runs SMOTENC and SMOTEN, and the colour column helps', () => {
    const data = mixed();
    const run = (d: Dataset, methods: string[]) => {
      const out = evaluateResampling(
        d,
        { methods, classifier: 'logistic', folds: 3, repeats: 2 },
        { random: createRandom(0) },
      );
      if (!out.ok) throw new Error(out.error.message);
      return out.value.results;
    };
    const withColour = run(data, ['none', 'SMOTENC']);
    expect(withColour.map((r) => r.method)).toEqual(['none', 'SMOTENC']);
    const numericOnly = run(
      { ...data, categorical: [], columns: small.columns.filter((c) => c.kind === 'numeric') },
      ['none'],
    );
    expect(withColour[0].metrics.roc_auc.mean).toBeGreaterThan(numericOnly[0].metrics.roc_auc.mean);
    const colourOnly = run({ ...data, d: 0, X: new Float64Array(0), featureNames: [] }, ['SMOTEN']);
    expect(colourOnly[0].metrics.roc_auc.mean).toBeGreaterThan(0.6);
  });
});
