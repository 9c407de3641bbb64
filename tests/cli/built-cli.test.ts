// Builds the command once, as `npm run build` does, and runs the bundle with node for real.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWO_CLASS_CSV } from './memory-io';

// A private output folder, so a build running elsewhere in the tree cannot race this one.
const work = mkdtempSync(join(tmpdir(), 'smote-lab-cli-'));
const bundle = join(work, 'build', 'cli', 'smote-lab.js');
const input = join(work, 'data.csv');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd: work });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'cli', '--outDir', join(work, 'build'), '--logLevel', 'error'],
    { stdio: 'pipe' },
  );
  writeFileSync(input, TWO_CLASS_CSV);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built smote-lab command', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(bundle, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('resamples to stdout, exit 0, byte-identical on a second run, input untouched', () => {
    const before = statSync(input).mtimeMs;
    const first = cli('resample', input, '--method', 'smote', '--seed', '3');
    const second = cli('resample', input, '--method', 'smote', '--seed', '3');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout.split('\n')[0]).toBe('f1,f2,label,synthetic,anchor,neighbor,gap');
    expect(first.stdout.trim().split('\n')).toHaveLength(25);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(input, 'utf8')).toBe(TWO_CLASS_CSV);
    expect(statSync(input).mtimeMs).toBe(before);
  });

  it('writes JSON to --out and the time to stderr with --verbose', () => {
    const out = join(work, 'out.json');
    const run = cli(
      'resample',
      input,
      '--method',
      'SMOTE',
      '--format',
      'json',
      '--out',
      out,
      '--verbose',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^resample: \d+\.\d ms\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8')).counts_after).toEqual({ big: 12, small: 12 });
  });

  it('reports a bad method or a missing file in one line, exit 2, no stack trace', () => {
    const bad = cli('resample', input, '--method', 'Nope');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^smote-lab: unknown method 'Nope'; choose one of [^\n]+\n$/);
    const missing = cli('resample', join(work, 'none.csv'), '--method', 'SMOTE');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `smote-lab: cannot read '${join(work, 'none.csv')}': no such file or folder\n`,
    );
  });

  it('stops quietly when the reader of its output goes away', () => {
    const big = join(work, 'big.csv');
    const rows = Array.from({ length: 4000 }, (_, i) => `${i % 97},${i % 89},${i % 5 ? 'a' : 'b'}`);
    writeFileSync(big, ['p,q,label', ...rows].join('\n'));
    const pipe = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bundle}" resample big.csv --method SMOTE | head -n 1`],
      {
        encoding: 'utf8',
        cwd: work,
      },
    );
    expect(pipe.stdout).toBe('p,q,label,synthetic,anchor,neighbor,gap\n');
    expect(pipe.stderr).toBe('');
  });

  it('prints usage: exit 0 for --help, exit 2 with no arguments', () => {
    const help = cli('--help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: smote-lab resample/);
    const bare = cli();
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toMatch(/^Usage: smote-lab resample/);
  });
});

describe('the helper threads', () => {
  /** A CSV of `rows` seeded rows with three features, one in `every` rows 'rare'. */
  function writeRows(file: string, rows: number, every: number): string {
    const lines = ['a,b,c,label'];
    let s = 7;
    const next = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return (s / 2147483648).toFixed(6);
    };
    for (let i = 0; i < rows; i++)
      lines.push(`${next()},${next()},${next()},${i % every === 0 ? 'rare' : 'common'}`);
    const path = join(work, file);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  }
  const run = (path: string, method: string, threads: string) =>
    spawnSync(process.execPath, [bundle, 'resample', path, '--method', method, '--seed', '5'], {
      encoding: 'utf8',
      env: { ...process.env, SMOTE_LAB_THREADS: threads },
      maxBuffer: 64 * 1024 * 1024,
    });

  it('give byte-identical output to a single thread on a batch large enough to split', () => {
    // 3,000 minority rows: SMOTE's within-class search is split across threads.
    const big = writeRows('big.csv', 9000, 3);
    const one = run(big, 'SMOTE', '1');
    const three = run(big, 'SMOTE', '3');
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(one.stdout.split('\n').length).toBe(12_002);
    expect(three.stdout).toBe(one.stdout);
  }, 60_000);

  it('share long SVM kernel columns and give byte-identical SVMSMOTE output', () => {
    // 17,000 rows: the kernel columns are long enough to be filled by several threads.
    const big = writeRows('svm.csv', 17_000, 5);
    const one = run(big, 'SVMSMOTE', '1');
    const three = run(big, 'SVMSMOTE', '3');
    expect([one.status, one.stderr]).toEqual([0, '']);
    expect([three.status, three.stderr]).toEqual([0, '']);
    // 3,400 rare rows are raised to 13,600, all of them synthetic rows.
    expect(one.stdout.split('\n').filter((l) => l.includes(',rare,1,')).length).toBe(10_200);
    expect(three.stdout).toBe(one.stdout);
  }, 120_000);
});
