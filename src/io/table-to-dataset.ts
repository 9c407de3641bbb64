// A table of strings -> a Dataset: numeric columns become features, text columns categorical.
import {
  type CategoricalColumn,
  type ColumnRef,
  type Dataset,
  encodeLabels,
} from '../core/data/dataset';
import { fail, type Outcome, ok } from '../core/outcome';
import type { Table } from './parse-csv';

export interface SchemaOptions {
  /** The label column; defaults to the last column. */
  label?: string;
  /** Columns to treat as categorical even when their values are numbers. */
  categorical?: string[];
}

const MISSING = new Set(['', 'nan', 'NaN', 'NA', 'N/A', 'null', 'NULL']);

export function isNumberText(s: string): boolean {
  const t = s.trim();
  return t !== '' && !Number.isNaN(Number(t));
}

function columnIsNumeric(table: Table, j: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (const row of table.rows) {
    const v = row[j].trim();
    if (MISSING.has(v)) continue;
    if (isNumberText(v)) numbers++;
    else texts++;
  }
  // A column that is mostly numbers is numeric; its stray text cells are reported as errors.
  return numbers > 0 && numbers >= texts * 9;
}

export function tableToDataset(table: Table, options: SchemaOptions = {}): Outcome<Dataset> {
  const { header, rows } = table;
  const labelName = options.label ?? header[header.length - 1];
  const labelIndex = header.indexOf(labelName);
  if (labelIndex < 0) {
    return fail(
      `label column '${labelName}' is not in the file; columns are ${header.join(', ')}`,
      {
        parameter: 'label',
      },
    );
  }
  if (header.length < 2)
    return fail('the file needs at least one feature column besides the label');
  const forced = new Set(options.categorical ?? []);
  for (const name of forced) {
    if (!header.includes(name)) {
      return fail(`categorical column '${name}' is not in the file`, {
        parameter: 'categorical_features',
      });
    }
  }
  const featureIdx = header.map((_, j) => j).filter((j) => j !== labelIndex);
  const numericIdx = featureIdx.filter((j) => !forced.has(header[j]) && columnIsNumeric(table, j));
  const categoricalIdx = featureIdx.filter((j) => !numericIdx.includes(j));
  const n = rows.length;
  const d = numericIdx.length;
  const X = new Float64Array(n * d);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < d; c++) {
      const j = numericIdx[c];
      const text = rows[r][j].trim();
      const v = Number(text);
      const where = `row ${r + 1}, column '${header[j]}'`;
      if (MISSING.has(text)) return fail(`${where}: the value is missing`);
      if (!isNumberText(text)) return fail(`${where}: '${text}' is not a number`);
      if (!Number.isFinite(v))
        return fail(`${where}: ${text} is too large (it overflows to infinity)`);
      X[r * d + c] = v;
    }
  }
  const categorical: CategoricalColumn[] = categoricalIdx.map((j) => {
    const values = rows.map((row) => row[j].trim());
    const categories = [...new Set(values)].sort();
    const code = new Map(categories.map((v, i) => [v, i]));
    return { name: header[j], codes: Int32Array.from(values, (v) => code.get(v)!), categories };
  });
  const labels = rows.map((row) => row[labelIndex].trim());
  const emptyLabel = labels.findIndex((l) => MISSING.has(l));
  if (emptyLabel >= 0)
    return fail(`row ${emptyLabel + 1}, column '${labelName}': the label is missing`);
  const { y, classNames } = encodeLabels(labels);
  const columns: ColumnRef[] = featureIdx.map((j) =>
    numericIdx.includes(j)
      ? { kind: 'numeric', index: numericIdx.indexOf(j) }
      : { kind: 'categorical', index: categoricalIdx.indexOf(j) },
  );
  return ok({
    n,
    d,
    X,
    featureNames: numericIdx.map((j) => header[j]),
    categorical,
    columns,
    y,
    classNames,
    labelName,
  });
}
