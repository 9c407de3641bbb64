import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random';
import { runMethodScaled } from '../../src/core/sampling/scaled-run';
import { resultToCsv } from '../../src/io/export-csv';
import { parseCsvText } from '../../src/io/parse-csv';
import { tableToDataset } from '../../src/io/table-to-dataset';
import { runInMemory, TWO_CLASS_CSV } from './memory-io';

const files = { 'd.csv': TWO_CLASS_CSV };
const resample = (...rest: string[]) => runInMemory(['resample', 'd.csv', ...rest], files);

function csvRows(text: string): string[][] {
  const table = parseCsvText(text);
  if (!table.ok) throw new Error(table.error.message);
  return [table.value.header, ...table.value.rows];
}

/** A failed run: exit 2, nothing on stdout, exactly one stderr line starting smote-lab:. */
function failure(run: { code: number; stdout: string; stderr: string }): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^smote-lab: [^\n]+\n$/);
  return run.stderr.slice('smote-lab: '.length, -1);
}

describe('smote-lab resample, CSV output', () => {
  const run = resample('--method', 'SMOTE');
  const rows = csvRows(run.stdout);

  it('exits 0 with the input rows, then the synthetic ones, and nothing on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(rows[0]).toEqual(['f1', 'f2', 'label', 'synthetic', 'anchor', 'neighbor', 'gap']);
    expect(rows).toHaveLength(1 + 24);
    const input = TWO_CLASS_CSV.split('\n').slice(1);
    expect(rows.slice(1, 19).map((r) => r.join(','))).toEqual(input.map((l) => `${l},0,,,`));
  });

  it('puts every synthetic row on the segment its anchor, neighbour and gap describe', () => {
    const input = csvRows(TWO_CLASS_CSV)
      .slice(1)
      .map((r) => r.slice(0, 2).map(Number));
    for (const r of rows.slice(19)) {
      const [x, y, label, synthetic, anchor, neighbor, gap] = r;
      expect([label, synthetic]).toEqual(['small', '1']);
      const [a, b, g] = [Number(anchor), Number(neighbor), Number(gap)];
      expect(a).toBeGreaterThanOrEqual(12);
      expect(b).toBeGreaterThanOrEqual(12);
      expect(Number(x)).toBeCloseTo(input[a][0] + g * (input[b][0] - input[a][0]), 12);
      expect(Number(y)).toBeCloseTo(input[a][1] + g * (input[b][1] - input[a][1]), 12);
    }
  });

  it('finds the method by its class name in any case', () => {
    expect(resample('--method', 'smote').stdout).toBe(run.stdout);
    expect(resample('--method', 'SmOtE').stdout).toBe(run.stdout);
  });

  it('gives byte-identical output for the same seed (0 by default) and another for a new seed', () => {
    expect(resample('--method', 'SMOTE', '--seed', '0').stdout).toBe(run.stdout);
    const seven = resample('--method', 'SMOTE', '--seed', '7').stdout;
    expect(resample('--method', 'SMOTE', '--seed', '7').stdout).toBe(seven);
    expect(seven).not.toBe(run.stdout);
  });

  it('keeps the label column where it was when --label picks another column', () => {
    const moved =
      'label,f1,f2\n' +
      TWO_CLASS_CSV.split('\n')
        .slice(1)
        .map((l) => {
          const [a, b, c] = l.split(',');
          return `${c},${a},${b}`;
        })
        .join('\n');
    const out = runInMemory(['resample', 'm.csv', '--method', 'SMOTE', '--label', 'label'], {
      'm.csv': moved,
    });
    expect(out.code).toBe(0);
    const lines = csvRows(out.stdout);
    expect(lines[0].slice(0, 3)).toEqual(['label', 'f1', 'f2']);
    expect(lines.slice(19).every((r) => r[0] === 'small')).toBe(true);
  });
});

describe('smote-lab resample, parameters and formats', () => {
  it('writes JSON with counts before and after and one entry per output row', () => {
    const run = resample('--method', 'SMOTE', '--format', 'json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.counts_before).toEqual({ big: 12, small: 6 });
    expect(doc.counts_after).toEqual({ big: 12, small: 12 });
    expect(doc.samples).toHaveLength(24);
    expect(doc.samples[0]).toEqual({
      row: 0,
      label: 'big',
      values: [0, 0],
      anchor: null,
      neighbor: null,
      gap: null,
    });
    expect(doc.samples[18].row).toBeNull();
    expect(doc.warnings).toEqual([]);
  });

  it('passes --param values by their imbalanced-learn names', () => {
    const dict = resample(
      '--method',
      'SMOTE',
      '--format',
      'json',
      '--param',
      'sampling_strategy={"small":20}',
    );
    expect(JSON.parse(dict.stdout).counts_after).toEqual({ big: 12, small: 20 });
    expect(resample('--method', 'SMOTE', '--param', 'k_neighbors=5').code).toBe(0);
    expect(failure(resample('--method', 'SMOTE', '--param', 'k_neighbors=6'))).toBe(
      'class small has 6 samples; k_neighbors can be at most 5 (it is 6)',
    );
  });

  it('finds neighbours on scaled features with --scale and writes what the app exports', () => {
    const table = parseCsvText(TWO_CLASS_CSV);
    if (!table.ok) throw new Error(table.error.message);
    const data = tableToDataset(table.value);
    if (!data.ok) throw new Error(data.error.message);
    for (const [option, kind] of [
      ['standard', 'standardise'],
      ['minmax', 'min-max'],
    ] as const) {
      const run = resample('--method', 'SMOTE', '--scale', option);
      const app = runMethodScaled('SMOTE', data.value, {}, { random: createRandom(0) }, kind);
      if (!app.ok) throw new Error(app.error.message);
      expect(run.stdout).toBe(resultToCsv(app.value, table.value.header));
    }
    expect(failure(resample('--method', 'SMOTE', '--scale', 'zscore'))).toBe(
      "--scale must be none, standard or minmax; got 'zscore'",
    );
  });

  it('writes to --out instead of stdout and leaves the input alone', () => {
    const run = resample('--method', 'SMOTE', '--out', 'o.csv');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.files.get('o.csv')).toBe(resample('--method', 'SMOTE').stdout);
    expect(run.files.get('d.csv')).toBe(TWO_CLASS_CSV);
  });

  it('prints the resampling time alone with --verbose', () => {
    const timed = runInMemory(
      ['resample', 'd.csv', '--method', 'SMOTE', '--verbose'],
      files,
      [100, 141.23],
    );
    expect(timed.stderr).toBe('resample: 41.2 ms\n');
    expect(resample('--method', 'SMOTE', '--verbose').stderr).toMatch(/^resample: \d+\.\d ms\n$/);
  });
});

describe('smote-lab resample, user mistakes: exit 2 and one line naming the problem', () => {
  it('unknown method', () => {
    expect(failure(resample('--method', 'SMOOTH'))).toMatch(
      /^unknown method 'SMOOTH'; choose one of SMOTE(, \w+)*$/,
    );
  });

  it('unknown, repeated or badly typed parameter', () => {
    expect(failure(resample('--method', 'SMOTE', '--param', 'k=3'))).toBe(
      "SMOTE has no parameter 'k'; its parameters are sampling_strategy, k_neighbors",
    );
    expect(
      failure(
        resample('--method', 'SMOTE', '--param', 'k_neighbors=3', '--param', 'k_neighbors=4'),
      ),
    ).toBe('--param k_neighbors is given more than once');
    expect(failure(resample('--method', 'SMOTE', '--param', 'k_neighbors=two'))).toMatch(
      /'k_neighbors' parameter of SMOTE must be an int in the range \[1, inf\)/,
    );
    expect(failure(resample('--method', 'SMOTE', '--param', 'sampling_strategy={"rare":3}'))).toBe(
      'sampling_strategy: class rare is not present in the data',
    );
  });

  it('unknown flag, missing file, unwritable output, output that is the input', () => {
    expect(failure(resample('--method', 'SMOTE', '--fast'))).toMatch(/^unknown option '--fast'/);
    expect(failure(runInMemory(['resample', 'no.csv', '--method', 'SMOTE'], files))).toBe(
      "cannot read 'no.csv': no such file or folder",
    );
    expect(failure(resample('--method', 'SMOTE', '--out', 'missing/o.csv'))).toBe(
      "cannot write 'missing/o.csv': no such file or folder",
    );
    const same = resample('--method', 'SMOTE', '--out', './d.csv');
    expect(failure(same)).toBe(
      "--out './d.csv' is the input file; smote-lab never overwrites its input",
    );
    expect(same.files.get('d.csv')).toBe(TWO_CLASS_CSV);
  });

  it('bad CSV, missing label column, one class only', () => {
    const bad = { 'b.csv': 'a,b,label\n1,2,x\n3,y\n', 'one.csv': 'a,label\n1,x\n2,x\n' };
    expect(failure(runInMemory(['resample', 'b.csv', '--method', 'SMOTE'], bad))).toBe(
      'b.csv: line 3 (data row 2) has 2 fields, the header has 3',
    );
    expect(failure(resample('--method', 'SMOTE', '--label', 'cls'))).toBe(
      "d.csv: label column 'cls' is not in the file; columns are f1, f2, label",
    );
    expect(failure(runInMemory(['resample', 'one.csv', '--method', 'SMOTE'], bad))).toMatch(
      /needs more than 1 class; found 1$/,
    );
  });

  it('a bad option value and an empty command line', () => {
    expect(failure(resample('--method', 'SMOTE', '--seed', '-3'))).toMatch(/^--seed must be/);
    const bare = runInMemory([], files);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: smote-lab resample <file.csv> --method <Name>/);
  });
});

describe('smote-lab --help', () => {
  it('prints the usage with every registry method on stdout and exits 0', () => {
    const run = runInMemory(['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: smote-lab resample/);
    expect(run.stdout).toMatch(/\n {2}SMOTE +sampling_strategy, k_neighbors\n/);
  });
});

describe('the label column', () => {
  it('is the last column by default, even when another column is named like a label', () => {
    const text = [
      'class,f1,group',
      ...Array.from({ length: 12 }, (_, i) => `${i % 2},${i},${i < 9 ? 'a' : 'b'}`),
    ].join('\n');
    const run = runInMemory(
      ['resample', 'l.csv', '--method', 'RandomOverSampler', '--format', 'json'],
      {
        'l.csv': `${text}\n`,
      },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts_before).toEqual({ a: 9, b: 3 });
    const named = runInMemory(
      [
        'resample',
        'l.csv',
        '--method',
        'RandomOverSampler',
        '--label',
        'class',
        '--format',
        'json',
      ],
      { 'l.csv': `${text}\n` },
    );
    expect(JSON.parse(named.stdout).counts_before).toEqual({ 0: 6, 1: 6 });
  });
});
