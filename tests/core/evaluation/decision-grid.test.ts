import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../../src/core/data/dataset';
import {
  type DecisionGridRequest,
  decisionGrid,
  gridCentres,
} from '../../../src/core/evaluation/decision-grid';

// Majority left of x = 0, a few minority rows right of it; the third column is noise.
const rows: number[][] = [];
const labels: string[] = [];
for (let i = 0; i < 40; i++) {
  rows.push([-1 - (i % 5) * 0.3, (i % 7) * 0.2, (i * 37) % 11]);
  labels.push('common');
}
for (let i = 0; i < 8; i++) {
  rows.push([1 + (i % 4) * 0.3, (i % 3) * 0.3, (i * 13) % 11]);
  labels.push('rare');
}
const data = datasetFromRows({ rows, labels });

const request: DecisionGridRequest = {
  classifier: 'knn',
  method: null,
  params: {},
  seed: 0,
  xFeature: 0,
  yFeature: 1,
  xDomain: [-3, 3],
  yDomain: [-1, 2],
  columns: 6,
  rows: 3,
};

describe('decisionGrid', () => {
  it('lays cell centres out row-major from the top row down', () => {
    const centres = gridCentres(request);
    expect(Array.from(centres.slice(0, 4))).toEqual([-2.5, 1.5, -1.5, 1.5]);
    expect(Array.from(centres.slice(-2))).toEqual([2.5, -0.5]);
  });

  it('predicts the minority right of the gap and the majority left of it', () => {
    const grid = decisionGrid(data, request);
    if (!grid.ok) throw new Error(grid.error.message);
    const p = grid.value.probability;
    expect(p).toHaveLength(18);
    for (let r = 0; r < 3; r++) {
      expect(p[r * 6]).toBe(0);
      expect(p[r * 6 + 5]).toBeGreaterThan(0.5);
    }
    expect(grid.value.trainedOn).toBe(48);
  });

  it('trains on the resampled rows when a method is given', () => {
    const grid = decisionGrid(data, {
      ...request,
      classifier: 'logistic',
      method: 'RandomOverSampler',
    });
    if (!grid.ok) throw new Error(grid.error.message);
    expect(grid.value.trainedOn).toBe(80);
    const plain = decisionGrid(data, { ...request, classifier: 'logistic' });
    if (!plain.ok) throw new Error(plain.error.message);
    // Balanced training data raises P(minority) everywhere for logistic regression here.
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    expect(sum(grid.value.probability)).toBeGreaterThan(sum(plain.value.probability));
  });

  it('names the method when resampling fails', () => {
    const grid = decisionGrid(data, { ...request, method: 'SMOTE', params: { k_neighbors: 20 } });
    expect(grid.ok).toBe(false);
    if (!grid.ok) expect(grid.error.message).toMatch(/^SMOTE: .*k_neighbors/);
  });
});
