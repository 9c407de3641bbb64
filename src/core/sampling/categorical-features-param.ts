// SMOTENC's categorical_features: column names, or indices into the feature columns in their
// original order (negative counts from the end). Empty means the text columns, as imbalanced-learn's
// 'auto' means a DataFrame's category columns. A numeric column named here is voted, not interpolated.
import type { Dataset } from '../data/dataset';
import { fail, type Outcome, ok } from '../outcome';
import type { ParamValue } from './types';

const PARAM = { parameter: 'categorical_features' };

function columnName(data: Dataset, position: number): string {
  const ref = data.columns[position];
  return ref.kind === 'numeric' ? data.featureNames[ref.index] : data.categorical[ref.index].name;
}

function resolveOne(data: Dataset, item: string | number): Outcome<number> {
  const F = data.columns.length;
  if (typeof item === 'string') {
    for (let p = 0; p < F; p++) if (columnName(data, p) === item) return ok(p);
    if (item === data.labelName) {
      return fail(`categorical_features: '${item}' is the label column, not a feature`, PARAM);
    }
    if (!/^\s*-?\d+\s*$/.test(item)) {
      const names = data.columns.map((_, p) => columnName(data, p)).join(', ');
      return fail(
        `categorical_features: there is no feature column '${item}'; the features are ${names}`,
        PARAM,
      );
    }
  }
  const index = Number(item);
  if (!Number.isInteger(index) || index < -F || index >= F) {
    return fail(
      `categorical_features: index ${item} is out of range; with ${F} features it must be in [0, ${F - 1}] or [${-F}, -1]`,
      PARAM,
    );
  }
  return ok(index < 0 ? index + F : index);
}

/** Which feature columns (positions in `data.columns`) SMOTENC treats as categorical. */
export function resolveCategoricalFeatures(data: Dataset, value: ParamValue): Outcome<boolean[]> {
  const F = data.columns.length;
  const listed = Array.isArray(value) ? (value as readonly (string | number)[]) : [];
  const isText = data.columns.map((ref) => ref.kind === 'categorical');
  const categorical = listed.length === 0 ? isText : new Array<boolean>(F).fill(false);
  for (const item of listed) {
    const position = resolveOne(data, item);
    if (!position.ok) return position;
    categorical[position.value] = true;
  }
  const unlisted = isText.findIndex((text, p) => text && !categorical[p]);
  if (unlisted >= 0) {
    return fail(
      `categorical_features: column '${columnName(data, unlisted)}' holds text, so it must be listed as categorical too`,
      PARAM,
    );
  }
  const count = categorical.filter(Boolean).length;
  if (count === F) {
    return fail(
      `SMOTENC needs at least one numerical feature, but categorical_features covers all ${F} features (use SMOTEN for purely categorical data)`,
      PARAM,
    );
  }
  if (count === 0) {
    return fail(
      'SMOTENC needs at least one categorical feature: categorical_features is empty and no column holds text (name the categorical columns, or use SMOTE)',
      PARAM,
    );
  }
  return ok(categorical);
}
