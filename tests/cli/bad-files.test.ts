// Every bad file of tests/fixtures/bad through `smote-lab resample`, read from disk as the
// command reads it: exit 2 and one stderr line naming the problem and its place.
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../src/cli/node-io';
import { runCli } from '../../src/cli/run-cli';

const dir = 'tests/fixtures/bad';

function run(file: string, extra: string[] = [], maxBytes?: number) {
  let stdout = '';
  let stderr = '';
  const io = {
    ...nodeCliIo(maxBytes),
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
  };
  const code = runCli(['resample', `${dir}/${file}`, '--method', 'SMOTE', ...extra], io);
  return { code, stdout, stderr };
}

function failure(file: string, extra: string[] = [], maxBytes?: number): string {
  const out = run(file, extra, maxBytes);
  expect(out.code).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr).toMatch(/^smote-lab: [^\n]+\n$/);
  return out.stderr.slice('smote-lab: '.length, -1);
}

describe('smote-lab resample on bad files', () => {
  const cases: [string, string][] = [
    ['empty.csv', 'the file is empty'],
    ['header-only.csv', 'the file has a header line but no data rows'],
    ['ragged.csv', 'line 5 (data row 4) has 2 fields, the header has 3'],
    ['non-numeric.csv', "line 14 (data row 13), column 'amount': 'abc' is not a number"],
    [
      'overflow.csv',
      "line 6 (data row 5), column 'amount': 1e999 is too large (it overflows to infinity)",
    ],
    ['duplicate-columns.csv', "duplicate column name 'amount' (columns 1 and 3)"],
    [
      'single-class.csv',
      "label column 'label' has a single class 'only': resampling needs more than 1 class; found 1",
    ],
    ['binary.csv', 'the file looks binary, not CSV text (a NUL byte at byte 9)'],
    [
      'latin1.csv',
      'the file is not UTF-8 text (byte 20 is not valid UTF-8); save it as UTF-8 and try again',
    ],
    ['unclosed-quote.csv', 'line 3: a quoted field is never closed'],
  ];
  for (const [file, message] of cases) {
    it(`${file}: ${message}`, () => {
      expect(failure(file)).toBe(`${dir}/${file}: ${message}`);
    });
  }

  it('refuses a file over the byte budget before reading it', () => {
    expect(failure('too-large.csv', [], 100)).toBe(
      `${dir}/too-large.csv: the file is 171 bytes, over the 100 bytes limit (maxBytes); use a smaller sample of it`,
    );
  });

  it('shows the sampler’s error for a minority class smaller than k + 1', () => {
    expect(failure('tiny-minority.csv')).toBe(
      'class yes has 3 samples; k_neighbors can be at most 2 (it is 5)',
    );
  });

  it('keeps rows with missing or non-finite cells out and says which, exit 0', () => {
    const out = run('missing-cells.csv', ['--param', 'k_neighbors=3']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      `smote-lab: warning: ${dir}/missing-cells.csv: 3 rows have missing or non-finite cells ` +
        '(data rows 3, 6, 10); left out of resampling\n',
    );
    // 14 data rows, 3 left out: 11 input rows, then SMOTE brings 'yes' (5 kept) up to 'no' (6).
    const lines = out.stdout.trim().split('\n');
    expect(lines.slice(1).filter((l) => l.endsWith(',0,,,'))).toHaveLength(11);
    expect(lines).toHaveLength(1 + 11 + 1);
  });
});
