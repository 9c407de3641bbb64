// The imbalanced-learn code that reproduces a smote-lab run: read the CSV with pandas, split off
// the label, encode text columns where the method needs numbers, and call the sampler with every
// parameter that differs from its default, written from the registry's parameter specs.
import type { Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import { fail, type Outcome, ok } from '../core/outcome';
import { resolveCategoricalFeatures } from '../core/sampling/categorical-features-param';
import type { ParamSpec } from '../core/sampling/params';
import type { MethodEntry, Params, ParamValue } from '../core/sampling/types';
import { scalerLines } from './export-python-scaler';

export type PythonMethod = Pick<MethodEntry, 'name' | 'module' | 'kind' | 'params'>;

export interface PythonRun {
  method: PythonMethod;
  params: Params;
  seed: number;
  /** The CSV as the reader of the code will find it: a file name or a path. */
  fileName: string;
  dataset: Dataset;
  /** How the file is written, when it is not a comma-separated file with a header. */
  csv?: { delimiter?: string; decimalComma?: boolean; hasHeader?: boolean; header?: string[] };
  /** What was done with rows that have missing cells (default: left out). */
  missing?: 'drop' | 'impute';
  /** The feature scaling smote-lab searched neighbours under (none by default). */
  scaling?: ScalingKind;
}

// imbalanced-learn takes text columns in these samplers; every other one needs numbers.
const TAKES_TEXT = new Set(['RandomOverSampler', 'SMOTENC', 'SMOTEN']);

/** A Python string literal; JSON's escapes (\", \\, \n, \uXXXX) mean the same in Python. */
function pyString(text: string): string {
  return JSON.stringify(text);
}

function pyFloat(v: number): string {
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

/** Class labels as pandas reads them: numbers when every label is a number, else text. */
function labelLiteral(data: Dataset): (label: string) => string {
  const numbers = data.classNames.every((c) => c.trim() !== '' && Number.isFinite(Number(c)));
  if (!numbers) return pyString;
  const integers = data.classNames.every((c) => /^\s*[-+]?\d+\s*$/.test(c));
  return (label) => (integers ? String(Number(label)) : pyFloat(Number(label)));
}

function pyDict(entries: [string, string][]): string {
  return `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

function featureName(data: Dataset, position: number): string {
  const ref = data.columns[position];
  return ref.kind === 'numeric' ? data.featureNames[ref.index] : data.categorical[ref.index].name;
}

/** One parameter value in Python syntax, by the kind its spec gives it. */
function pyValue(spec: ParamSpec, value: ParamValue, run: PythonRun): Outcome<string> {
  const label = labelLiteral(run.dataset);
  if (value === null) return ok('None');
  if (typeof value === 'boolean') return ok(value ? 'True' : 'False');
  if (typeof value === 'string') return ok(pyString(value));
  if (typeof value === 'number') {
    const integer = spec.kind === 'int' || spec.kind === 'int-or-none';
    return ok(integer ? String(value) : pyFloat(value));
  }
  if (spec.kind === 'columns') {
    const categorical = resolveCategoricalFeatures(run.dataset, value);
    if (!categorical.ok) return categorical;
    const indices = categorical.value.flatMap((yes, p) => (yes ? [p] : []));
    return ok(`[${indices.join(', ')}]`);
  }
  if (Array.isArray(value)) return ok(`[${value.map((v) => label(String(v))).join(', ')}]`);
  // A dict of class -> count (sampling_strategy) or class -> factor (shrinkage).
  const asNumber = spec.kind === 'shrinkage' ? pyFloat : String;
  return ok(pyDict(Object.entries(value).map(([k, v]) => [label(k), asNumber(v)])));
}

/** Parameters that differ from the registry's defaults; a 'columns' list has no default upstream. */
function changedArgs(run: PythonRun, specs: ParamSpec[]): Outcome<string[]> {
  const args: string[] = [];
  for (const spec of specs) {
    const value = run.params[spec.name] ?? spec.default;
    const same = JSON.stringify(value) === JSON.stringify(spec.default);
    if (same && spec.kind !== 'columns') continue;
    const text = pyValue(spec, value, run);
    if (!text.ok) return text;
    args.push(`${spec.name}=${text.value}`);
  }
  return ok(args);
}

function call(name: string, args: string[]): string {
  const line = `${name}(${args.join(', ')})`;
  if (line.length <= 90) return line;
  return `${name}(\n${args.map((a) => `    ${a},`).join('\n')}\n)`;
}

/** The sampler's constructor; a combination's own parameters other than the strategy go to its SMOTE. */
function samplerCall(run: PythonRun, seed: string[]): Outcome<{ code: string; imports: string[] }> {
  const { method } = run;
  const imports = [`from ${method.module} import ${method.name}`];
  if (method.kind !== 'combination') {
    const args = changedArgs(run, method.params);
    return args.ok ? ok({ code: call(method.name, [...args.value, ...seed]), imports }) : args;
  }
  const outer = method.params.filter((p) => p.name === 'sampling_strategy');
  const inner = method.params.filter((p) => p.name !== 'sampling_strategy');
  const outerArgs = changedArgs(run, outer);
  const innerArgs = changedArgs(run, inner);
  if (!outerArgs.ok) return outerArgs;
  if (!innerArgs.ok) return innerArgs;
  if (innerArgs.value.length === 0) {
    return ok({ code: call(method.name, [...outerArgs.value, ...seed]), imports });
  }
  // A given smote= is used as it is, so it carries the strategy and the seed itself.
  const smote = `SMOTE(${[...outerArgs.value, ...innerArgs.value, ...seed].join(', ')})`;
  imports.push('from imblearn.over_sampling import SMOTE');
  return ok({ code: call(method.name, [...outerArgs.value, `smote=${smote}`, ...seed]), imports });
}

function readCsvLine(run: PythonRun): string {
  const { csv } = run;
  const options = [pyString(run.fileName)];
  if (csv?.delimiter && csv.delimiter !== ',') options.push(`sep=${pyString(csv.delimiter)}`);
  if (csv?.decimalComma) options.push('decimal=","');
  if (csv?.hasHeader === false && csv.header) {
    options.push('header=None', `names=[${csv.header.map(pyString).join(', ')}]`);
  }
  return `df = pd.read_csv(${options.join(', ')})`;
}

function missingLines(run: PythonRun): string[] {
  const infinite = [
    '# smote-lab counts infinite cells as missing; so does this.',
    'df = df.replace([float("inf"), float("-inf")], float("nan"))',
  ];
  if (run.missing !== 'impute') {
    return [
      ...infinite,
      '# smote-lab leaves out rows with empty or NaN cells; so does this.',
      'df = df.dropna()',
    ];
  }
  const label = pyString(run.dataset.labelName);
  return [
    ...infinite,
    '# smote-lab fills empty or NaN cells (the median, or the most frequent text) and leaves',
    '# out rows without a label; so does this.',
    `for column in df.columns.drop(${label}):`,
    '    if pd.api.types.is_numeric_dtype(df[column]):',
    '        df[column] = df[column].fillna(df[column].median())',
    '    else:',
    '        df[column] = df[column].fillna(df[column].mode().iloc[0])',
    `df = df.dropna(subset=[${label}])`,
  ];
}

/** Python that reproduces the run with imbalanced-learn, or why it cannot be written. */
export function pythonCode(run: PythonRun): Outcome<string> {
  const { method, dataset: data } = run;
  if (!method.module.startsWith('imblearn.')) {
    return fail(`${method.name} has no imbalanced-learn module to import it from`);
  }
  // Cleaners take no random_state in imbalanced-learn: they draw nothing.
  const seed = method.kind === 'cleaner' ? [] : [`random_state=${run.seed}`];
  const sampler = samplerCall(run, seed);
  if (!sampler.ok) return sampler;
  const text = data.columns.flatMap((ref, p) =>
    ref.kind === 'categorical' ? [featureName(data, p)] : [],
  );
  const encode = text.length > 0 && !TAKES_TEXT.has(method.name);
  const scaler = scalerLines(run);
  const lines = [
    `# ${method.name} as smote-lab ran it, written for imbalanced-learn.`,
    '# The same seed does not give the same rows: each library draws its random numbers its own',
    '# way, so the class counts agree while the synthetic rows differ.',
    'from collections import Counter',
    '',
    'import pandas as pd',
    ...sampler.value.imports,
    ...scaler.imports,
    '',
    readCsvLine(run),
    ...missingLines(run),
    `X = df.drop(columns=[${pyString(data.labelName)}])`,
    `y = df[${pyString(data.labelName)}]`,
  ];
  if (encode) {
    lines.push(
      `# ${method.name} needs numbers (smote-lab suggests SMOTENC here); text columns become one-hot.`,
      `X = pd.get_dummies(X, columns=[${text.map(pyString).join(', ')}], dtype=float)`,
    );
  }
  lines.push(
    ...scaler.before,
    '',
    `sampler = ${sampler.value.code}`,
    'X_res, y_res = sampler.fit_resample(X, y)',
    ...scaler.after,
    '',
    'before, after = Counter(y), Counter(y_res)',
    'print("class counts before -> after")',
    'for label in sorted(before):',
    '    print(f"  {label}: {before[label]} -> {after[label]}")',
  );
  return ok(`${lines.join('\n')}\n`);
}
