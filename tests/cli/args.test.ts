import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args';

function args(argv: string[]) {
  const out = parseCommandLine(argv);
  if (!out.ok) throw new Error(out.error.message);
  if (out.value.command !== 'resample') throw new Error('not resample');
  return out.value.args;
}

function error(argv: string[]): string {
  const out = parseCommandLine(argv);
  return out.ok ? '' : out.error.message;
}

describe('parseCommandLine', () => {
  it('fills the defaults: seed 0, csv, stdout, not verbose', () => {
    expect(args(['resample', 'd.csv', '--method', 'SMOTE'])).toEqual({
      file: 'd.csv',
      method: 'SMOTE',
      seed: 0,
      params: [],
      format: 'csv',
      verbose: false,
      scale: 'none',
    });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    const a = args([
      'resample',
      '--method=smote',
      '--label',
      'cls',
      '--seed=42',
      '--param',
      'sampling_strategy={"a":3}',
      '--param=k_neighbors=2',
      '--format',
      'json',
      '--out',
      'o.json',
      '--verbose',
      '--scale=minmax',
      'd.csv',
    ]);
    expect(a).toEqual({
      file: 'd.csv',
      method: 'smote',
      label: 'cls',
      seed: 42,
      params: [
        { name: 'sampling_strategy', text: '{"a":3}' },
        { name: 'k_neighbors', text: '2' },
      ],
      format: 'json',
      out: 'o.json',
      verbose: true,
      scale: 'min-max',
    });
  });

  it('takes a value starting with a single dash, and a file after --', () => {
    expect(
      args(['resample', '--method', 'SMOTE', '--param', 'x=-1', '--', '--odd.csv']),
    ).toMatchObject({
      file: '--odd.csv',
      params: [{ name: 'x', text: '-1' }],
    });
  });

  it('asks for help with --help or -h anywhere', () => {
    expect(parseCommandLine(['--help'])).toEqual({ ok: true, value: { command: 'help' } });
    expect(parseCommandLine(['resample', '-h'])).toEqual({ ok: true, value: { command: 'help' } });
  });

  it('names the option and the limit for every mistake', () => {
    expect(error([])).toBe('missing command; try: smote-lab --help');
    expect(error(['sample'])).toBe(
      "unknown command 'sample'; the commands are resample and evaluate (see smote-lab --help)",
    );
    expect(error(['resample', '--method', 'SMOTE'])).toMatch(/^missing the input file/);
    expect(error(['resample', 'd.csv'])).toMatch(/^missing --method/);
    expect(error(['resample', 'd.csv', '--method', 'SMOTE', '--kk', '3'])).toMatch(
      /^unknown option '--kk'; options are --method, --label, --seed, --param, --format, --out, --scale, --verbose, --help$/,
    );
    expect(error(['resample', 'd.csv', '--method'])).toBe('--method needs a value');
    expect(error(['resample', 'd.csv', '--label', '--verbose', '--method', 'S'])).toBe(
      '--label needs a value',
    );
    expect(error(['resample', 'd.csv', '--method', 'S', '--method', 'T'])).toBe(
      '--method is given more than once',
    );
    expect(error(['resample', 'd.csv', 'e.csv', '--method', 'S'])).toBe(
      "unexpected argument 'e.csv' after 'd.csv'",
    );
    expect(error(['resample', 'd.csv', '--method', 'S', '--verbose=1'])).toBe(
      '--verbose takes no value',
    );
  });

  it('accepts seeds from 0 to 2^32 - 1 only', () => {
    const seedError = (s: string) => error(['resample', 'd.csv', '--method', 'S', '--seed', s]);
    expect(args(['resample', 'd.csv', '--method', 'S', '--seed', '4294967295']).seed).toBe(
      4294967295,
    );
    for (const bad of ['-1', '1.5', '4294967296', 'abc', '']) {
      expect(seedError(bad)).toBe(`--seed must be an integer from 0 to 4294967295; got '${bad}'`);
    }
  });

  it('checks --format and the name=value shape of --param', () => {
    expect(error(['resample', 'd.csv', '--method', 'S', '--format', 'xml'])).toBe(
      "--format must be csv or json; got 'xml'",
    );
    expect(error(['resample', 'd.csv', '--method', 'S', '--param', 'k_neighbors'])).toBe(
      "--param takes name=value (e.g. k_neighbors=3); got 'k_neighbors'",
    );
    expect(error(['resample', 'd.csv', '--method', 'S', '--param', '=3'])).toMatch(
      /^--param takes/,
    );
  });
});
