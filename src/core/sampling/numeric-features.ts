// SMOTE, BorderlineSMOTE and ADASYN interpolate every feature, so, like imbalanced-learn, they
// refuse text columns and non-finite values instead of producing nonsense.
import type { Dataset } from '../data/dataset';
import { type Failure, fail, type Outcome } from '../outcome';
import { overSamplingTargets, type SamplingStrategy } from './strategy';
import type { Params } from './types';

export function checkNumericFeatures(method: string, data: Dataset): Failure | null {
  if (data.categorical.length > 0) {
    const names = data.categorical.map((c) => `'${c.name}'`).join(', ');
    const which = data.categorical.length === 1 ? `column ${names} holds` : `columns ${names} hold`;
    return fail(
      `${method} needs numeric features; ${which} text (use SMOTENC for mixed data or SMOTEN for categorical data)`,
      { parameter: 'X' },
    );
  }
  return checkFinite(method, data);
}

/** The first NaN or infinite value, named by row and column. */
export function checkFinite(method: string, data: Dataset): Failure | null {
  const { X, d } = data;
  for (let p = 0; p < X.length; p++) {
    if (!Number.isFinite(X[p])) {
      const row = Math.floor(p / d);
      const column = data.featureNames[p % d];
      return fail(`${method} needs finite numbers; row ${row}, column '${column}' is ${X[p]}`, {
        parameter: 'X',
      });
    }
  }
  return null;
}

/** The interpolating over-samplers' first steps: numeric features, then new samples per class. */
export function numericOverSamplingTargets(
  method: string,
  data: Dataset,
  params: Params,
): Outcome<Int32Array> {
  return (
    checkNumericFeatures(method, data) ??
    overSamplingTargets(data, params.sampling_strategy as SamplingStrategy)
  );
}
