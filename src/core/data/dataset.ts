// A dataset is columns, not objects: numeric features row-major in one Float64Array, categorical
// features as code arrays with their category names, labels as class codes with class names.

export interface CategoricalColumn {
  name: string;
  /** Category code per row, an index into `categories`. */
  codes: Int32Array;
  /** Category names, sorted. */
  categories: string[];
}

/** Where each input column went: the numeric block or a categorical column. */
export type ColumnRef = { kind: 'numeric'; index: number } | { kind: 'categorical'; index: number };

export interface Dataset {
  /** Number of rows. */
  n: number;
  /** Number of numeric features. */
  d: number;
  /** Numeric features, row-major: value (i, j) is X[i * d + j]. */
  X: Float64Array;
  featureNames: string[];
  categorical: CategoricalColumn[];
  /** The feature columns in their original order (the label column excluded). */
  columns: ColumnRef[];
  /** Class code per row, an index into `classNames`. */
  y: Int32Array;
  /** Class labels as written, in imbalanced-learn's sorted order (numeric when every label is a number). */
  classNames: string[];
  labelName: string;
}

/** Sorts labels as numpy's np.unique would: numerically when all are numbers, else by code unit. */
export function sortLabels(labels: Iterable<string>): string[] {
  const unique = [...new Set(labels)];
  const numeric = unique.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return numeric
    ? unique.sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0))
    : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function encodeLabels(labels: readonly string[]): { y: Int32Array; classNames: string[] } {
  const classNames = sortLabels(labels);
  const code = new Map(classNames.map((c, i) => [c, i]));
  const y = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) y[i] = code.get(labels[i])!;
  return { y, classNames };
}

export interface NumericDatasetInput {
  rows: readonly (readonly number[])[];
  labels: readonly (string | number)[];
  featureNames?: string[];
  labelName?: string;
}

/** Builds an all-numeric dataset from rows; handy for tests, presets and the library API. */
export function datasetFromRows(input: NumericDatasetInput): Dataset {
  const n = input.rows.length;
  const d = n > 0 ? input.rows[0].length : (input.featureNames?.length ?? 0);
  const X = new Float64Array(n * d);
  input.rows.forEach((row, i) => {
    if (row.length !== d) throw new Error(`row ${i} has ${row.length} values, expected ${d}`);
    X.set(row, i * d);
  });
  const { y, classNames } = encodeLabels(input.labels.map(String));
  const featureNames = input.featureNames ?? Array.from({ length: d }, (_, j) => `x${j}`);
  return {
    n,
    d,
    X,
    featureNames,
    categorical: [],
    columns: featureNames.map((_, index) => ({ kind: 'numeric', index })),
    y,
    classNames,
    labelName: input.labelName ?? 'label',
  };
}

export function rowValues(data: Dataset, i: number): Float64Array {
  return data.X.subarray(i * data.d, (i + 1) * data.d);
}

export function classCounts(data: Dataset): Int32Array {
  const counts = new Int32Array(data.classNames.length);
  const { y, n } = data;
  for (let i = 0; i < n; i++) counts[y[i]]++;
  return counts;
}

/** Row indices of class `c`, ascending. */
export function classRows(data: Dataset, c: number): Int32Array {
  // One pass into room for every row, then a copy of the part used.
  const { y, n } = data;
  const all = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (y[i] === c) all[m++] = i;
  return all.slice(0, m);
}

/** A new dataset holding `rows` of `data`, in that order (copies; the input is never touched). */
export function selectRows(data: Dataset, rows: ArrayLike<number>): Dataset {
  const m = rows.length;
  const { d } = data;
  const X = new Float64Array(m * d);
  const y = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    const i = rows[r];
    X.set(data.X.subarray(i * d, (i + 1) * d), r * d);
    y[r] = data.y[i];
  }
  const categorical = data.categorical.map((col) => {
    const codes = new Int32Array(m);
    for (let r = 0; r < m; r++) codes[r] = col.codes[rows[r]];
    return { ...col, codes };
  });
  return { ...data, n: m, X, y, categorical };
}
