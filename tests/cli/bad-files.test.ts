// Every bad file of tests/fixtures/bad through `smote-lab resample`, read from disk as the
// command reads it: exit 2 and one stderr line naming the problem and its place.
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../src/cli/node-io';
import { runCli } from '../../src/cli/run-cli';
import { BAD_FILE_MESSAGES } from '../fixtures/bad-file-messages';

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
  const cases = BAD_FILE_MESSAGES;
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
