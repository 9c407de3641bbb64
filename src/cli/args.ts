// The command line of `smote-lab resample`, read into plain values; every mistake is a one-line
// message naming the option.
import { fail, type Outcome, ok } from '../core/outcome';

export type OutputFormat = 'csv' | 'json';

export interface ResampleArgs {
  file: string;
  method: string;
  label?: string;
  seed: number;
  /** `--param name=value` in the order given, value still text. */
  params: { name: string; text: string }[];
  format: OutputFormat;
  out?: string;
  verbose: boolean;
}

export type CommandLine = { command: 'help' } | { command: 'resample'; args: ResampleArgs };

const VALUE_OPTIONS = ['method', 'label', 'seed', 'param', 'format', 'out'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const ALL_OPTIONS = [...VALUE_OPTIONS, 'verbose', 'help'];

// imbalanced-learn's random_state accepts seeds in [0, 2**32 - 1]; so does our PRNG.
const MAX_SEED = 4294967295;

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function parseSeed(text: string): Outcome<number> {
  const seed = Number(text);
  if (!/^\d+$/.test(text.trim()) || seed > MAX_SEED) {
    return fail(`--seed must be an integer from 0 to ${MAX_SEED}; got '${text}'`);
  }
  return ok(seed);
}

function parseParam(text: string): Outcome<{ name: string; text: string }> {
  const at = text.indexOf('=');
  const name = at < 0 ? '' : text.slice(0, at).trim();
  if (name === '') return fail(`--param takes name=value (e.g. k_neighbors=3); got '${text}'`);
  return ok({ name, text: text.slice(at + 1) });
}

function build(file: string | undefined, values: Map<ValueOption, string[]>, verbose: boolean) {
  const one = (name: ValueOption) => values.get(name)?.[0];
  if (file === undefined) return fail('missing the input file: smote-lab resample <file.csv> ...');
  const method = one('method');
  if (method === undefined) return fail('missing --method <Name> (an imbalanced-learn class name)');
  const seed = parseSeed(one('seed') ?? '0');
  if (!seed.ok) return seed;
  const format = one('format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    return fail(`--format must be csv or json; got '${format}'`);
  }
  const params: ResampleArgs['params'] = [];
  for (const text of values.get('param') ?? []) {
    const param = parseParam(text);
    if (!param.ok) return param;
    params.push(param.value);
  }
  const args: ResampleArgs = { file, method, seed: seed.value, params, format, verbose };
  const label = one('label');
  const out = one('out');
  if (label !== undefined) args.label = label;
  if (out !== undefined) args.out = out;
  return ok(args);
}

/** Reads `argv` (without node and the script). No arguments at all is an error; --help is not. */
export function parseCommandLine(argv: readonly string[]): Outcome<CommandLine> {
  if (argv.includes('--help') || argv.includes('-h')) return ok({ command: 'help' });
  const [command, ...rest] = argv;
  if (command === undefined) return fail('missing command; try: smote-lab --help');
  if (command !== 'resample') {
    return fail(`unknown command '${command}'; the command is resample (see smote-lab --help)`);
  }
  const values = new Map<ValueOption, string[]>();
  let file: string | undefined;
  let verbose = false;
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (token === '--' && !optionsEnded) {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded || !token.startsWith('--')) {
      if (file !== undefined) return fail(`unexpected argument '${token}' after '${file}'`);
      file = token;
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    if (name === 'verbose') {
      if (eq >= 0) return fail('--verbose takes no value');
      verbose = true;
      continue;
    }
    if (!isValueOption(name)) {
      const known = ALL_OPTIONS.map((o) => `--${o}`).join(', ');
      return fail(
        `unknown option '${token.slice(0, eq < 0 ? undefined : eq)}'; options are ${known}`,
      );
    }
    const value = eq < 0 ? rest[++i] : token.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      return fail(`--${name} needs a value`);
    }
    const list = values.get(name) ?? [];
    if (list.length > 0 && name !== 'param') return fail(`--${name} is given more than once`);
    values.set(name, [...list, value]);
  }
  const args = build(file, values, verbose);
  return args.ok ? ok({ command: 'resample', args: args.value }) : args;
}
