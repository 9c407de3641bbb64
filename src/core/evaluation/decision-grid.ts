// The decision boundary of one classifier as the plot shades it: fit on the two plotted features
// only (standardised on every row, resampled first when a method is given), then P(minority) at
// the centre of each cell of a grid over the plotted domain.
import type { Dataset } from '../data/dataset';
import type { ClassifierName } from '../learn/classifier';
import { fail, type Outcome, ok } from '../outcome';
import { createRandom } from '../random';
import { runMethod } from '../sampling/registry';
import type { Params } from '../sampling/types';
import { fitClassifier } from './fit-classifier';
import { checkEvaluationData } from './protocol';
import { fitStandardScaler, transformRows } from './standard-scaler';

export interface DecisionGridRequest {
  classifier: ClassifierName;
  /** A registry method to resample with before fitting, or null for the data as it is. */
  method: string | null;
  params: Params;
  seed: number;
  xFeature: number;
  yFeature: number;
  xDomain: [number, number];
  yDomain: [number, number];
  columns: number;
  rows: number;
}

export interface DecisionGrid
  extends Pick<DecisionGridRequest, 'columns' | 'rows' | 'xDomain' | 'yDomain'> {
  /** P(minority) per cell, row-major, the first row at the top (largest y). */
  probability: Float64Array;
  /** Rows the classifier was trained on (after resampling). */
  trainedOn: number;
  warnings: string[];
}

function twoFeatures(data: Dataset, xFeature: number, yFeature: number): Dataset {
  const X = new Float64Array(data.n * 2);
  for (let i = 0; i < data.n; i++) {
    X[i * 2] = data.X[i * data.d + xFeature];
    X[i * 2 + 1] = data.X[i * data.d + yFeature];
  }
  return {
    ...data,
    d: 2,
    X,
    featureNames: [data.featureNames[xFeature], data.featureNames[yFeature]],
    categorical: [],
    columns: [
      { kind: 'numeric', index: 0 },
      { kind: 'numeric', index: 1 },
    ],
  };
}

/** Cell centres of the grid, row-major from the top row down, in data units. */
export function gridCentres(request: DecisionGridRequest): Float64Array {
  const { columns, rows, xDomain, yDomain } = request;
  const out = new Float64Array(columns * rows * 2);
  const dx = (xDomain[1] - xDomain[0]) / columns;
  const dy = (yDomain[1] - yDomain[0]) / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = r * columns + c;
      out[cell * 2] = xDomain[0] + (c + 0.5) * dx;
      out[cell * 2 + 1] = yDomain[1] - (r + 0.5) * dy;
    }
  }
  return out;
}

export function decisionGrid(data: Dataset, request: DecisionGridRequest): Outcome<DecisionGrid> {
  const positive = checkEvaluationData({ ...data, categorical: [] });
  if (!positive.ok) return positive;
  const plotted = twoFeatures(data, request.xFeature, request.yFeature);
  const all = Int32Array.from({ length: data.n }, (_, i) => i);
  const scaler = fitStandardScaler(plotted.X, 2, all);
  let train: Dataset = { ...plotted, X: transformRows(scaler, plotted.X, 2, all) };
  let warnings: string[] = [];
  if (request.method !== null) {
    const run = runMethod(request.method, train, request.params, {
      random: createRandom(request.seed),
    });
    if (!run.ok) {
      const { message, ...where } = run.error;
      return fail(`${request.method}: ${message}`, where);
    }
    const { pool, output } = run.value;
    const X = new Float64Array(output.length * 2);
    const y = new Int32Array(output.length);
    for (let r = 0; r < output.length; r++) {
      X[r * 2] = pool.X[output[r] * 2];
      X[r * 2 + 1] = pool.X[output[r] * 2 + 1];
      y[r] = pool.y[output[r]];
    }
    train = { ...train, n: output.length, X, y };
    warnings = run.value.warnings;
  }
  const labels = Uint8Array.from(train.y, (c) => (c === positive.value ? 1 : 0));
  const model = fitClassifier(
    request.classifier,
    { X: train.X, d: 2, y: labels },
    { random: createRandom(request.seed ^ 0x7ee) },
  );
  if (!model.ok) return model;
  const centres = gridCentres(request);
  const cells = request.columns * request.rows;
  const probability = model.value.predictProba(
    transformRows(
      scaler,
      centres,
      2,
      Int32Array.from({ length: cells }, (_, i) => i),
    ),
  );
  return ok({
    probability,
    columns: request.columns,
    rows: request.rows,
    xDomain: request.xDomain,
    yDomain: request.yDomain,
    trainedOn: train.n,
    warnings,
  });
}
