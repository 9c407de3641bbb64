// What the classifiers see: the numeric features standardised, then each categorical feature
// one-hot encoded over the categories of the training part (scikit-learn's OneHotEncoder with
// handle_unknown='ignore': a category the training part never saw encodes as all zeros).
import type { Dataset } from '../data/dataset';
import { fitStandardScaler, type StandardScaler, transformRows } from './standard-scaler';

export interface FeatureEncoder {
  scaler: StandardScaler;
  /** Per categorical column, category code → one-hot slot (−1 when unseen in training). */
  slots: Int32Array[];
  /** Numeric features plus one slot per seen category. */
  width: number;
}

/** Fits the scaler and the one-hot slots on `rows` of `data` (the training part). */
export function fitFeatureEncoder(data: Dataset, rows: ArrayLike<number>): FeatureEncoder {
  const scaler = fitStandardScaler(data.X, data.d, rows);
  let width = data.d;
  const slots = data.categorical.map((column) => {
    const seen = new Uint8Array(column.categories.length);
    for (let r = 0; r < rows.length; r++) seen[column.codes[rows[r]]] = 1;
    // Slots follow the category order, which is sorted, as OneHotEncoder's columns are.
    const slot = new Int32Array(column.categories.length).fill(-1);
    for (let c = 0; c < seen.length; c++) if (seen[c]) slot[c] = width++;
    return slot;
  });
  return { scaler, slots, width };
}

/** Writes the one-hot block of `rows` into `out` (width columns); numeric columns untouched. */
function writeOneHot(
  encoder: FeatureEncoder,
  data: Dataset,
  rows: ArrayLike<number> | null,
  out: Float64Array,
): void {
  const n = rows ? rows.length : data.n;
  for (const [f, column] of data.categorical.entries()) {
    const slot = encoder.slots[f];
    for (let r = 0; r < n; r++) {
      const s = slot[column.codes[rows ? rows[r] : r]];
      if (s >= 0) out[r * encoder.width + s] = 1;
    }
  }
}

/** The given rows of `data` (raw units) as the classifier's matrix: standardised, then one-hot. */
export function encodeRows(
  encoder: FeatureEncoder,
  data: Dataset,
  rows: ArrayLike<number>,
): Float64Array {
  const numeric = transformRows(encoder.scaler, data.X, data.d, rows);
  if (encoder.width === data.d) return numeric;
  const out = new Float64Array(rows.length * encoder.width);
  for (let r = 0; r < rows.length; r++) {
    out.set(numeric.subarray(r * data.d, (r + 1) * data.d), r * encoder.width);
  }
  writeOneHot(encoder, data, rows, out);
  return out;
}

/** Every row of a dataset whose numeric features are already standardised, one-hot appended. */
export function encodeScaled(encoder: FeatureEncoder, scaled: Dataset): Float64Array {
  if (encoder.width === scaled.d) return scaled.X;
  const out = new Float64Array(scaled.n * encoder.width);
  for (let r = 0; r < scaled.n; r++) {
    out.set(scaled.X.subarray(r * scaled.d, (r + 1) * scaled.d), r * encoder.width);
  }
  writeOneHot(encoder, scaled, null, out);
  return out;
}
