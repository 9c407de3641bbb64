import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/data/dataset';
import type { ParamSpec } from '../../src/core/sampling/params';
import { defaultParams, listMethods } from '../../src/core/sampling/registry';
import type { MethodEntry, ParamValue } from '../../src/core/sampling/types';
import { pythonCode } from '../../src/io/export-python';
import { parseDataset } from '../../src/worker/api';

function builtIn(file: string): Dataset {
  const text = readFileSync(new URL(`../../public/datasets/${file}`, import.meta.url), 'utf8');
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const fraud = builtIn('fraud-walkthrough.csv');
const mixed = builtIn('subscriptions-mixed.csv');

function code(entry: MethodEntry, data: Dataset, changed: Record<string, ParamValue> = {}) {
  const out = pythonCode({
    method: entry,
    params: { ...defaultParams(entry), ...changed },
    seed: 11,
    fileName: 'data.csv',
    dataset: data,
  });
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

/** A valid value other than the default, and how the generated code must write it. */
function changedValue(spec: ParamSpec, entry: MethodEntry): [ParamValue, string] {
  switch (spec.kind) {
    case 'int':
      return [(spec.default as number) + 1, String((spec.default as number) + 1)];
    case 'float':
      return [0.25, '0.25'];
    case 'choice': {
      const other = spec.choices!.find((c) => c !== spec.default)!;
      return [other, `"${other}"`];
    }
    case 'strategy':
      return entry.kind === 'cleaner' ? [['fraud'], '["fraud"]'] : [{ fraud: 30 }, '{"fraud": 30}'];
    case 'shrinkage':
      return [{ fraud: 2, legitimate: 0.5 }, '{"fraud": 2.0, "legitimate": 0.5}'];
    case 'columns':
      return [['payment', 'tenure_months', 'contract'], '[1, 2, 3]'];
    case 'float-or-auto':
      return [1, '1.0'];
    case 'int-or-none':
      return [4, '4'];
  }
}

describe('pythonCode', () => {
  for (const entry of listMethods()) {
    const data = entry.name === 'SMOTENC' || entry.name === 'SMOTEN' ? mixed : fraud;

    it(`${entry.name}: imports the sampler from ${entry.module} and calls fit_resample`, () => {
      const text = code(entry, data);
      expect(text).toContain(`from ${entry.module} import ${entry.name}\n`);
      expect(text).toContain('df = pd.read_csv("data.csv")\n');
      expect(text).toContain(`X = df.drop(columns=["${data.labelName}"])\n`);
      expect(text).toContain(`y = df["${data.labelName}"]\n`);
      expect(text).toContain('X_res, y_res = sampler.fit_resample(X, y)\n');
      const seed = entry.kind === 'cleaner' ? '' : 'random_state=11';
      const args = entry.name === 'SMOTENC' ? `categorical_features=[2, 3], ${seed}` : seed;
      expect(text).toContain(`sampler = ${entry.name}(${args})\n`);
      expect(text).toContain('draws its random numbers its own');
    });

    for (const spec of entry.params) {
      it(`${entry.name}: writes ${spec.name} in Python syntax when it is changed`, () => {
        const [value, python] = changedValue(spec, entry);
        const text = code(entry, data, { [spec.name]: value });
        if (entry.kind === 'combination' && spec.name !== 'sampling_strategy') {
          expect(text).toContain(`smote=SMOTE(${spec.name}=${python}, random_state=11)`);
          expect(text).toContain('from imblearn.over_sampling import SMOTE\n');
        } else {
          expect(text).toMatch(new RegExp(`\\b${spec.name}=${regexQuote(python)}[,)]`));
        }
      });
    }
  }

  it('one-hot encodes text columns for a method that needs numbers, not for SMOTENC', () => {
    const smote = listMethods().find((e) => e.name === 'SMOTE')!;
    expect(code(smote, mixed)).toContain(
      'X = pd.get_dummies(X, columns=["contract", "payment"], dtype=float)\n',
    );
    const smotenc = listMethods().find((e) => e.name === 'SMOTENC')!;
    expect(code(smotenc, mixed)).not.toContain('get_dummies');
  });

  it('writes numeric labels as numbers, and the separator and decimal comma of the file', () => {
    const numeric: Dataset = { ...fraud, classNames: ['0', '1'], labelName: 'is fraud' };
    const smote = listMethods().find((e) => e.name === 'SMOTE')!;
    const out = pythonCode({
      method: smote,
      params: { ...defaultParams(smote), sampling_strategy: { '1': 35 } },
      seed: 0,
      fileName: 'my "data".csv',
      dataset: numeric,
      csv: { delimiter: ';', decimalComma: true },
    });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value).toContain('df = pd.read_csv("my \\"data\\".csv", sep=";", decimal=",")\n');
    expect(out.value).toContain('sampler = SMOTE(sampling_strategy={1: 35}, random_state=0)\n');
    expect(out.value).toContain('y = df["is fraud"]\n');
  });

  it("says why when SMOTENC's categorical_features does not fit the data", () => {
    const smotenc = listMethods().find((e) => e.name === 'SMOTENC')!;
    const out = pythonCode({
      method: smotenc,
      params: { ...defaultParams(smotenc), categorical_features: ['nope'] },
      seed: 0,
      fileName: 'x.csv',
      dataset: mixed,
    });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toMatch(/no feature column 'nope'/);
  });
});

function regexQuote(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('pythonCode with feature scaling', () => {
  const smote = listMethods().find((m) => m.name === 'SMOTE')!;
  const run = (scaling: 'none' | 'standardise' | 'min-max', data: Dataset = fraud) => {
    const out = pythonCode({
      method: smote,
      params: defaultParams(smote),
      seed: 2,
      fileName: 'data.csv',
      dataset: data,
      scaling,
    });
    if (!out.ok) throw new Error(out.error.message);
    return out.value;
  };

  it('puts the scaler around the sampler and undoes it after', () => {
    const code = run('standardise');
    expect(code).toContain('from sklearn.preprocessing import StandardScaler\n');
    const fit = code.indexOf(
      'numeric = ["transaction_amount", "time_of_day"]\nscaler = StandardScaler()\nX[numeric] = scaler.fit_transform(X[numeric])\n',
    );
    const sample = code.indexOf('X_res, y_res = sampler.fit_resample(X, y)\n');
    const undo = code.indexOf('X_res[numeric] = scaler.inverse_transform(X_res[numeric])\n');
    expect(fit).toBeGreaterThan(0);
    expect(sample).toBeGreaterThan(fit);
    expect(undo).toBeGreaterThan(sample);
    expect(run('min-max')).toContain('scaler = MinMaxScaler()\n');
  });

  it('scales only the numeric columns, and nothing without scaling', () => {
    expect(run('none')).not.toContain('scaler');
    const mixedCode = run('min-max', mixed);
    const numeric = mixed.featureNames.map((n) => JSON.stringify(n)).join(', ');
    expect(mixedCode).toContain(`numeric = [${numeric}]\n`);
    for (const column of mixed.categorical) expect(numeric).not.toContain(column.name);
  });
});
