// Parsed columns -> a Dataset: the label (given or guessed), numeric and categorical features,
// a schema the app can show, and the rows with missing cells dropped or imputed.
import { type ColumnRef, type Dataset, sortLabels } from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import type { ReadColumn } from './column-builder';
import { cellPlace } from './csv-place';
import { guessLabelColumn, minorityClass } from './label-guess';
import {
  type MissingAction,
  type MissingReport,
  markMissing,
  missingReport,
  mostFrequentCode,
  presentMedian,
} from './missing-rows';

export interface LoadOptions {
  /** The label column; defaults to one named label, class, target or y (any case), else the last. */
  label?: string;
  /** Columns to treat as categorical even when their values are numbers. */
  categorical?: string[];
  /** What to do with rows that have missing or non-finite cells (default drop). */
  missing?: MissingAction;
}

export interface ColumnSchema {
  name: string;
  kind: 'numeric' | 'categorical' | 'label';
  /** Distinct present values (for a numeric column, counted up to 10,000). */
  distinct: number;
  /** True when a numeric column has at least `distinct` values and counting stopped there. */
  distinctCapped: boolean;
  /** Missing or non-finite cells. */
  missing: number;
}

export interface LoadedData {
  dataset: Dataset;
  schema: ColumnSchema[];
  missing: MissingReport;
  /** Per dataset row, its 0-based data row in the file. */
  keptRows: Int32Array;
  /** True when the label column was guessed rather than given. */
  labelGuessed: boolean;
  /** The class with the fewest rows. */
  minorityClass: string;
}

const DISTINCT_CAP = 10_000;

function isNumericColumn(col: ReadColumn): boolean {
  // Mostly numbers makes a numeric column; its stray text cells are then reported as errors.
  return col.numbers > 0 && col.numbers >= col.textCells * 9;
}

/** Distinct present values, counted up to DISTINCT_CAP (a continuous column stops early). */
function countDistinct(values: Float64Array): { distinct: number; capped: boolean } {
  const seen = new Set<number>();
  for (const v of values) {
    if (Number.isNaN(v) || seen.has(v)) continue;
    seen.add(v);
    if (seen.size === DISTINCT_CAP) return { distinct: DISTINCT_CAP, capped: true };
  }
  return { distinct: seen.size, capped: false };
}

/** Codes in sorted category order, -1 where missing (all-number columns coded by their values). */
function sortedCodes(col: ReadColumn, order: (names: string[]) => string[]) {
  const codes = col.codes ?? Int32Array.from(col.values, () => 0);
  const texts = col.codes ? col.texts : [];
  if (!col.codes) {
    const seen = new Map<string, number>();
    col.values.forEach((v, i) => {
      if (Number.isNaN(v)) codes[i] = -1;
      else {
        const text = String(v);
        if (!seen.has(text)) seen.set(text, texts.push(text) - 1);
        codes[i] = seen.get(text)!;
      }
    });
  }
  const categories = order(texts);
  const position = new Map(categories.map((name, c) => [name, c]));
  const rank = Int32Array.from(texts, (name) => position.get(name)!);
  return { codes: codes.map((c) => (c < 0 ? -1 : rank[c])), categories };
}

/** Rows that go on: complete ones, and for impute those whose label is present. */
function rowsToKeep(mark: Uint8Array, action: MissingAction): Int32Array {
  const goesOn = (m: number) => m === 0 || (action === 'impute' && m === 1);
  let count = 0;
  for (const m of mark) if (goesOn(m)) count++;
  const rows = new Int32Array(count);
  count = 0;
  for (let i = 0; i < mark.length; i++) if (goesOn(mark[i])) rows[count++] = i;
  return rows;
}

/** The kept rows' numeric features, row-major, missing cells filled by the column's median. */
function numericMatrix(
  columns: Float64Array[],
  rows: Int32Array,
  action: MissingAction,
  filled: { cells: number },
): Float64Array {
  const d = columns.length;
  const X = new Float64Array(rows.length * d);
  for (let c = 0; c < d; c++) {
    const values = columns[c];
    const fill = action === 'impute' ? presentMedian(values) : 0;
    for (let r = 0; r < rows.length; r++) {
      const v = values[rows[r]];
      if (Number.isNaN(v)) filled.cells++;
      X[r * d + c] = Number.isNaN(v) ? fill : v;
    }
  }
  return X;
}

/** Class codes of the kept rows, renumbered over the classes still present, in label order. */
function keptClasses(labels: { codes: Int32Array; categories: string[] }, rows: Int32Array) {
  const used = new Int32Array(labels.categories.length).fill(-1);
  const y = rows.map((i) => labels.codes[i]);
  for (const c of y) used[c] = 0;
  const classNames: string[] = [];
  for (let c = 0; c < used.length; c++) {
    if (used[c] === 0) used[c] = classNames.push(labels.categories[c]) - 1;
  }
  for (let r = 0; r < y.length; r++) y[r] = used[y[r]];
  return { y, classNames };
}

function chooseLabel(columns: ReadColumn[], options: LoadOptions): Outcome<number> {
  const names = columns.map((c) => c.name);
  if (options.label === undefined) return ok(guessLabelColumn(names));
  const j = names.indexOf(options.label);
  if (j >= 0) return ok(j);
  return fail(
    `label column '${options.label}' is not in the file; columns are ${names.join(', ')}`,
    {
      parameter: 'label',
    },
  );
}

export function columnsToDataset(
  columns: ReadColumn[],
  options: LoadOptions = {},
): Outcome<LoadedData> {
  const labelAt = chooseLabel(columns, options);
  if (!labelAt.ok) return labelAt;
  const label = columns[labelAt.value];
  if (columns.length < 2)
    return fail('the file needs at least one feature column besides the label');
  const forced = new Set(options.categorical ?? []);
  for (const name of forced) {
    if (!columns.some((c) => c.name === name)) {
      return fail(`categorical column '${name}' is not in the file`, {
        parameter: 'categorical_features',
      });
    }
  }
  const features = columns.filter((c) => c !== label);
  const empty = features.find((c) => c.numbers + c.textCells === 0);
  if (empty) return fail(`column '${empty.name}' has no value in any data row`);
  const numeric = features.filter((c) => !forced.has(c.name) && isNumericColumn(c));
  for (const col of numeric) {
    if (col.firstText)
      return fail(
        `${cellPlace(col.firstText.place, col.name)}: '${col.firstText.text}' is not a number`,
      );
    if (col.firstOverflow) {
      const { place, text } = col.firstOverflow;
      return fail(`${cellPlace(place, col.name)}: ${text} is too large (it overflows to infinity)`);
    }
  }
  const categoricalCols = features.filter((c) => !numeric.includes(c));
  const categorical = categoricalCols.map((c) => sortedCodes(c, (t) => [...t].sort()));
  const labels = sortedCodes(label, sortLabels);
  const mark = markMissing(
    numeric.map((c) => c.values),
    categorical.map((c) => c.codes),
    labels.codes,
  );
  const action = options.missing ?? 'drop';
  const keptRows = rowsToKeep(mark, action);
  if (keptRows.length === 0) {
    return fail('every data row has a missing or non-finite cell; nothing is left to resample');
  }
  const filled = { cells: 0 };
  const X = numericMatrix(
    numeric.map((c) => c.values),
    keptRows,
    action,
    filled,
  );
  const categoricalOut = categorical.map(({ codes, categories }, k) => {
    const fill = mostFrequentCode(codes, categories.length);
    const kept = keptRows.map((i) => codes[i]);
    for (let r = 0; r < kept.length; r++) {
      if (kept[r] >= 0) continue;
      kept[r] = fill;
      filled.cells++;
    }
    return { name: categoricalCols[k].name, codes: kept, categories };
  });
  const { y, classNames } = keptClasses(labels, keptRows);
  if (classNames.length < 2) {
    return fail(
      `label column '${label.name}' has a single class '${classNames[0]}': resampling needs more than 1 class; found 1`,
    );
  }
  const counts = new Int32Array(classNames.length);
  for (const c of y) counts[c]++;
  const refs: ColumnRef[] = features.map((col) =>
    numeric.includes(col)
      ? { kind: 'numeric', index: numeric.indexOf(col) }
      : { kind: 'categorical', index: categoricalCols.indexOf(col) },
  );
  const dataset: Dataset = {
    n: keptRows.length,
    d: numeric.length,
    X,
    featureNames: numeric.map((c) => c.name),
    categorical: categoricalOut,
    columns: refs,
    y,
    classNames,
    labelName: label.name,
  };
  const schema: ColumnSchema[] = columns.map((col) => {
    const kind = col === label ? 'label' : numeric.includes(col) ? 'numeric' : 'categorical';
    if (kind === 'numeric') {
      const { distinct, capped } = countDistinct(col.values);
      return { name: col.name, kind, distinct, distinctCapped: capped, missing: col.missing };
    }
    const categories = col === label ? labels : categorical[categoricalCols.indexOf(col)];
    const distinct = categories.categories.length;
    return { name: col.name, kind, distinct, distinctCapped: false, missing: col.missing };
  });
  return ok({
    dataset,
    schema,
    missing: missingReport(mark, action, filled.cells),
    keptRows,
    labelGuessed: options.label === undefined,
    minorityClass: classNames[minorityClass(counts)],
  });
}
