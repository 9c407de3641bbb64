// The command lines of `smote-lab resample` and `smote-lab evaluate`, read into plain values; every
// mistake is a one-line message naming the option.
import type { ScalingKind } from '../core/data/scaling';
import { fail, type Outcome, ok } from '../core/outcome';
import { buildEvaluateArgs, EVALUATE_OPTIONS, type EvaluateArgs } from './evaluate-args';
import { parseSeed } from './seed-option';

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
  /** Feature scaling before the neighbour search (`--scale`); the output stays in the file's units. */
  scale: ScalingKind;
}

export type CommandLine =
  | { command: 'help' }
  | { command: 'resample'; args: ResampleArgs }
  | { command: 'evaluate'; args: EvaluateArgs };

const VALUE_OPTIONS = ['method', 'label', 'seed', 'param', 'format', 'out', 'scale'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const ALL_OPTIONS = [...VALUE_OPTIONS, 'verbose', 'help'];

/** The options of one command: which take a value, which are flags, which may repeat. */
interface OptionSpec {
  values: readonly string[];
  flags: readonly string[];
  repeatable: readonly string[];
  /** Listed in the unknown-option message. */
  all: readonly string[];
}

const RESAMPLE_SPEC: OptionSpec = {
  values: VALUE_OPTIONS,
  flags: ['verbose'],
  repeatable: ['param'],
  all: ALL_OPTIONS,
};
const EVALUATE_SPEC: OptionSpec = {
  values: EVALUATE_OPTIONS,
  flags: [],
  repeatable: [],
  all: [...EVALUATE_OPTIONS, 'help'],
};

interface ReadOptions {
  file: string | undefined;
  values: Map<string, string[]>;
  flags: Set<string>;
}

const SCALE_OPTION = new Map<string, ScalingKind>([
  ['none', 'none'],
  ['standard', 'standardise'],
  ['minmax', 'min-max'],
]);

function parseParam(text: string): Outcome<{ name: string; text: string }> {
  const at = text.indexOf('=');
  const name = at < 0 ? '' : text.slice(0, at).trim();
  if (name === '') return fail(`--param takes name=value (e.g. k_neighbors=3); got '${text}'`);
  return ok({ name, text: text.slice(at + 1) });
}

function build(file: string | undefined, values: Map<string, string[]>, verbose: boolean) {
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
  const scale = SCALE_OPTION.get(one('scale') ?? 'none');
  if (scale === undefined) {
    return fail(`--scale must be none, standard or minmax; got '${one('scale')}'`);
  }
  const args: ResampleArgs = { file, method, seed: seed.value, params, format, verbose, scale };
  const label = one('label');
  const out = one('out');
  if (label !== undefined) args.label = label;
  if (out !== undefined) args.out = out;
  return ok(args);
}

/** The file and the options after the command; `--` ends the options. */
function readOptions(rest: readonly string[], spec: OptionSpec): Outcome<ReadOptions> {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  let file: string | undefined;
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
    if (spec.flags.includes(name)) {
      if (eq >= 0) return fail(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) {
      const known = spec.all.map((o) => `--${o}`).join(', ');
      return fail(
        `unknown option '${token.slice(0, eq < 0 ? undefined : eq)}'; options are ${known}`,
      );
    }
    const value = eq < 0 ? rest[++i] : token.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      return fail(`--${name} needs a value`);
    }
    const list = values.get(name) ?? [];
    if (list.length > 0 && !spec.repeatable.includes(name)) {
      return fail(`--${name} is given more than once`);
    }
    values.set(name, [...list, value]);
  }
  return ok({ file, values, flags });
}

/** Reads `argv` (without node and the script). No arguments at all is an error; --help is not. */
export function parseCommandLine(argv: readonly string[]): Outcome<CommandLine> {
  if (argv.includes('--help') || argv.includes('-h')) return ok({ command: 'help' });
  const [command, ...rest] = argv;
  if (command === undefined) return fail('missing command; try: smote-lab --help');
  if (command === 'evaluate') {
    const read = readOptions(rest, EVALUATE_SPEC);
    if (!read.ok) return read;
    const args = buildEvaluateArgs(read.value.file, read.value.values);
    return args.ok ? ok({ command: 'evaluate', args: args.value }) : args;
  }
  if (command !== 'resample') {
    return fail(
      `unknown command '${command}'; the commands are resample and evaluate (see smote-lab --help)`,
    );
  }
  const read = readOptions(rest, RESAMPLE_SPEC);
  if (!read.ok) return read;
  const { file, values, flags } = read.value;
  const args = build(file, values, flags.has('verbose'));
  return args.ok ? ok({ command: 'resample', args: args.value }) : args;
}
