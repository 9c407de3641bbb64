// The three classifiers by name, and what the 'class_weight' baseline means for each.

import type {
  ClassifierName,
  FitOptions,
  FittedClassifier,
  TrainingSet,
} from '../learn/classifier';
import { fitDecisionTree } from '../learn/decision-tree';
import { fitKnnClassifier } from '../learn/knn-classifier';
import { fitLogisticRegression } from '../learn/logistic-regression';
import { type Failure, fail, type Outcome } from '../outcome';

export const CLASSIFIERS: readonly ClassifierName[] = ['logistic', 'knn', 'tree'];

export function isClassifierName(name: string): name is ClassifierName {
  return (CLASSIFIERS as readonly string[]).includes(name);
}

/** Fails when class weights are asked of a classifier that has none. */
export function checkClassWeight(classifier: ClassifierName): Failure | undefined {
  if (classifier !== 'knn') return undefined;
  return fail(
    "method 'class_weight' has no meaning for classifier 'knn': neighbour votes take no class weights (scikit-learn's KNeighborsClassifier has none); use logistic or tree",
    { parameter: 'methods' },
  );
}

export function fitClassifier(
  name: ClassifierName,
  data: TrainingSet,
  options: FitOptions,
): Outcome<FittedClassifier> {
  if (name === 'logistic') return fitLogisticRegression(data, options);
  if (name === 'tree') return fitDecisionTree(data, options);
  return fitKnnClassifier(data);
}
