// Runs the generated Python with imbalanced-learn on built-in CSVs and compares the class counts
// it prints with smote-lab's own run. Skipped, saying why, when /usr/bin/python3 lacks the packages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { classCounts } from '../../src/core/data/dataset';
import type { ScalingKind } from '../../src/core/data/scaling';
import { createRandom } from '../../src/core/random';
import { defaultParams, findMethod, runMethod } from '../../src/core/sampling/registry';
import { runMethodScaled } from '../../src/core/sampling/scaled-run';
import type { Params } from '../../src/core/sampling/types';
import { pythonCode } from '../../src/io/export-python';
import { parseCsvText } from '../../src/io/parse-csv';
import { loadTable } from '../../src/io/table-to-dataset';
import { parseDataset } from '../../src/worker/api';

const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import imblearn, pandas; print(imblearn.__version__)'], {
  encoding: 'utf8',
});
const missing =
  probe.status === 0
    ? null
    : `skipped: ${PYTHON} cannot import imblearn and pandas (apt-get install python3-imblearn python3-pandas)`;
if (missing) console.warn(`export-python-run: ${missing}`);

const folder = fileURLToPath(new URL('../../public/datasets/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'smote-lab-python-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Case {
  file: string;
  method: string;
  params?: Params;
  scaling?: ScalingKind;
}

// Methods whose counts follow from the data alone (no random draw decides them).
const CASES: Case[] = [
  { file: 'fraud-walkthrough.csv', method: 'SMOTE', params: { k_neighbors: 3 } },
  { file: 'blobs-split-minority.csv', method: 'RandomOverSampler', params: { shrinkage: 0.5 } },
  {
    file: 'overlap-noisy-minority.csv',
    method: 'BorderlineSMOTE',
    params: { kind: 'borderline-1', sampling_strategy: 0.8 },
  },
  { file: 'overlap-noisy-minority.csv', method: 'ADASYN', params: { n_neighbors: 6 } },
  { file: 'subscriptions-mixed.csv', method: 'SMOTENC', params: { k_neighbors: 4 } },
  { file: 'subscriptions-mixed.csv', method: 'SMOTEN' },
  { file: 'loan-default.csv', method: 'SMOTE', params: { k_neighbors: 3 }, scaling: 'standardise' },
  { file: 'loan-default.csv', method: 'ADASYN', params: { n_neighbors: 3 }, scaling: 'min-max' },
  {
    file: 'overlap-noisy-minority.csv',
    method: 'TomekLinks',
    params: { sampling_strategy: 'all' },
  },
  {
    file: 'overlap-noisy-minority.csv',
    method: 'EditedNearestNeighbours',
    params: { kind_sel: 'mode' },
  },
];

/** smote-lab's counts per class label, after the run. */
function smoteLabCounts(c: Case): Map<string, [number, number]> {
  const { file, method, params = {}, scaling = 'none' } = c;
  const parsed = parseDataset(readFileSync(join(folder, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const data = parsed.value;
  const run = runMethodScaled(method, data, params, { random: createRandom(5) }, scaling);
  if (!run.ok) throw new Error(run.error.message);
  const after = new Int32Array(data.classNames.length);
  for (const row of run.value.output) after[run.value.pool.y[row]]++;
  const before = classCounts(data);
  return new Map(data.classNames.map((name, c) => [name, [before[c], after[c]]]));
}

function script(c: Case): string {
  const entry = findMethod(c.method)!;
  const parsed = parseDataset(readFileSync(join(folder, c.file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const out = pythonCode({
    method: entry,
    params: { ...defaultParams(entry), ...c.params },
    seed: 5,
    fileName: join(folder, c.file),
    dataset: parsed.value,
    scaling: c.scaling,
  });
  if (!out.ok) throw new Error(out.error.message);
  if (!c.scaling) return out.value;
  // The input rows come back in the file's units only if the scaling was undone.
  const check = [
    `original = df.drop(columns=[${JSON.stringify(parsed.value.labelName)}])[numeric].to_numpy(dtype=float)`,
    'error = abs(X_res[numeric].to_numpy(dtype=float)[: len(original)] - original).max()',
    'print(f"largest change to an input row: {error}")',
  ];
  return `${out.value}${check.join('\n')}\n`;
}

/** Runs every script in one interpreter (imports are slow), each in a namespace of its own. */
function runAll(scripts: string[]): string[] {
  const files = scripts.map((text, i) => {
    const path = join(work, `case${i}.py`);
    writeFileSync(path, text);
    return path;
  });
  const runner = [
    'import sys, traceback',
    'for path in sys.argv[1:]:',
    '    print("=== " + path, flush=True)',
    '    try:',
    '        exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})',
    '    except Exception:',
    '        traceback.print_exc(file=sys.stdout)',
  ].join('\n');
  const run = spawnSync(PYTHON, ['-W', 'ignore', '-c', runner, ...files], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split(/^=== .*$/m).slice(1);
}

function parseCounts(output: string): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const match of output.matchAll(/^ {2}(.+): (\d+) -> (\d+)$/gm)) {
    counts.set(match[1], [Number(match[2]), Number(match[3])]);
  }
  return counts;
}

/** smote-lab's counts and code for a fixture with missing cells, left out or filled in. */
function missingCase(action: 'drop' | 'impute') {
  const file = fileURLToPath(new URL('../fixtures/bad/missing-cells.csv', import.meta.url));
  const table = parseCsvText(readFileSync(file, 'utf8'));
  if (!table.ok) throw new Error(table.error.message);
  const loaded = loadTable(table.value, { label: 'label', missing: action });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const data = loaded.value.dataset;
  const entry = findMethod('SMOTE')!;
  const params = { ...defaultParams(entry), k_neighbors: 3 };
  const run = runMethod('SMOTE', data, params, { random: createRandom(5) });
  if (!run.ok) throw new Error(run.error.message);
  const after = new Int32Array(data.classNames.length);
  for (const row of run.value.output) after[run.value.pool.y[row]]++;
  const before = classCounts(data);
  const counts = new Map(data.classNames.map((name, c) => [name, [before[c], after[c]]]));
  const code = pythonCode({
    method: entry,
    params,
    seed: 5,
    fileName: file,
    dataset: data,
    missing: action,
  });
  if (!code.ok) throw new Error(code.error.message);
  return { counts, code: code.value };
}

describe('the generated Python, run with imbalanced-learn', () => {
  it.skipIf(missing !== null)(
    'leaves out or fills in missing and infinite cells as smote-lab did',
    () => {
      const cases = [missingCase('drop'), missingCase('impute')];
      const outputs = runAll(cases.map((c) => c.code));
      cases.forEach((c, i) => {
        expect(parseCounts(outputs[i]), outputs[i]).toEqual(c.counts);
      });
      expect(cases[1].counts.get('yes')).toEqual([6, 8]);
    },
    150_000,
  );

  it.skipIf(missing !== null)(
    'prints the class counts smote-lab reaches',
    () => {
      const outputs = runAll(CASES.map(script));
      CASES.forEach((c, i) => {
        const label = `${c.method} on ${c.file}:\n${outputs[i]}`;
        expect(outputs[i], label).toContain('class counts before -> after');
        expect(parseCounts(outputs[i]), label).toEqual(smoteLabCounts(c));
        if (c.scaling) {
          const change = /largest change to an input row: (\S+)/.exec(outputs[i]);
          expect(Number(change?.[1]), label).toBeLessThan(1e-9);
        }
      });
    },
    150_000,
  );
});
