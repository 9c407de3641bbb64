import { describe, expect, it } from 'vitest';
import { fitDecisionTree } from '../../../src/core/learn/decision-tree';
import { fitKnnClassifier } from '../../../src/core/learn/knn-classifier';
import { fitLogisticRegression } from '../../../src/core/learn/logistic-regression';
import { predictAt } from '../../../src/core/learn/metrics';
import type { Outcome } from '../../../src/core/outcome';
import { createRandom } from '../../../src/core/random';
import { classifierFixtures, rowMajor, trainingSet } from './learn-fixtures';

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs(a[i] - b[i]));
  return most;
}

describe.each(classifierFixtures)('classifiers against scikit-learn: $name', (f) => {
  const train = trainingSet(f);
  const queries = rowMajor(f.queries);

  it('logistic regression reaches scikit-learn’s coefficients and intercept', () => {
    const model = value(fitLogisticRegression(train));
    expect(maxDiff(model.coef, f.logistic.coef)).toBeLessThan(1e-6);
    expect(Math.abs(model.intercept - f.logistic.intercept)).toBeLessThan(1e-6);
    // scikit-learn's default (L-BFGS, tol 1e-4) stops near the same optimum
    expect(maxDiff(model.predictProba(queries), f.logistic_default_proba)).toBeLessThan(1e-4);
  });

  it("logistic regression with class_weight='balanced' matches too", () => {
    const model = value(fitLogisticRegression(train, { balanced: true }));
    expect(maxDiff(model.coef, f.logistic_balanced.coef)).toBeLessThan(1e-6);
    expect(Math.abs(model.intercept - f.logistic_balanced.intercept)).toBeLessThan(1e-6);
  });

  it('k-NN predicts exactly what KNeighborsClassifier does', () => {
    const proba = value(fitKnnClassifier(train)).predictProba(queries);
    expect(Array.from(proba)).toEqual(f.knn_proba);
    expect(Array.from(predictAt(proba))).toEqual(f.knn_predict);
  });

  it('the decision tree predicts exactly what DecisionTreeClassifier does', () => {
    const tree = value(fitDecisionTree(train, { splitterSeed: f.tree_splitter_seed }));
    const proba = tree.predictProba(queries);
    expect(Array.from(proba)).toEqual(f.tree_proba);
    expect(Array.from(predictAt(proba))).toEqual(f.tree_predict);
    expect(Array.from(predictAt(tree.predictProba(train.X)))).toEqual(f.tree_train_predict);
    expect(tree.depth).toBe(f.tree_depth);
    expect(tree.feature.filter((j) => j < 0).length).toBe(f.tree_leaves);
  });

  it("the balanced tree's leaf shares are scikit-learn's weighted fractions", () => {
    const balanced = { balanced: true, splitterSeed: f.tree_splitter_seed };
    const proba = value(fitDecisionTree(train, balanced)).predictProba(queries);
    // Under class weights scikit-learn may split a pure node whose Gini its sums round to a few
    // ulps above zero, depending on its sort's order of tied rows; such splits move few queries.
    const same = f.tree_balanced_proba.filter((p, r) => Math.abs(p - proba[r]) < 1e-12).length;
    expect(same / proba.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('classifier edge cases', () => {
  const train = { X: Float64Array.from([0, 1, 2, 3]), d: 1, y: Uint8Array.from([0, 0, 1, 1]) };

  it('refuses training rows of one class for logistic regression, naming the count', () => {
    const one = fitLogisticRegression({ ...train, y: Uint8Array.from([1, 1, 1, 1]) });
    expect(one.ok).toBe(false);
    if (!one.ok) expect(one.error.message).toContain('got 4 of one');
  });

  it('refuses fewer training rows than k for k-NN', () => {
    const few = fitKnnClassifier(train, { k: 5 });
    expect(few.ok).toBe(false);
    if (!few.ok)
      expect(few.error.message).toBe(
        'k-nearest neighbours needs at least k = 5 training rows; got 4',
      );
  });

  it('splits halfway between the two middle values and stops at pure leaves', () => {
    const tree = value(fitDecisionTree(train));
    expect(Array.from(tree.feature)).toEqual([0, -1, -1]);
    expect(tree.threshold[0]).toBe(1.5);
    expect(Array.from(tree.predictProba(Float64Array.from([1.5, 1.6])))).toEqual([0, 1]);
  });

  it('grows the same tree for the same seed when features are shuffled', () => {
    const f = classifierFixtures[1];
    const a = value(fitDecisionTree(trainingSet(f), { random: createRandom(4) }));
    const b = value(fitDecisionTree(trainingSet(f), { random: createRandom(4) }));
    expect(Array.from(a.threshold)).toEqual(Array.from(b.threshold));
  });
});
