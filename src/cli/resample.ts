// `smote-lab resample`: read a CSV, run one registry method, write CSV or JSON.
import { resolve } from 'node:path';
import { fail, type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import { parseParamText } from '../core/sampling/params';
import { findMethod, listMethods } from '../core/sampling/registry';
import { runMethodScaled } from '../core/sampling/scaled-run';
import type { MethodEntry, Params } from '../core/sampling/types';
import { resultToCsv } from '../io/export-csv';
import { resultToJson } from '../io/export-json';
import type { ResampleArgs } from './args';
import { type CliIo, fileErrorReason } from './cli-io';
import { readDataset } from './read-dataset';

function methodParams(entry: MethodEntry, given: ResampleArgs['params']): Outcome<Params> {
  const raw: Params = {};
  for (const { name, text } of given) {
    const spec = entry.params.find((s) => s.name === name);
    if (!spec) {
      const known = entry.params.map((s) => s.name).join(', ');
      return fail(`${entry.name} has no parameter '${name}'; its parameters are ${known}`);
    }
    if (name in raw) return fail(`--param ${name} is given more than once`);
    raw[name] = parseParamText(spec, text);
  }
  return ok(raw);
}

/** Runs the command; a user mistake comes back as a Failure, with nothing written. */
export function resample(args: ResampleArgs, io: CliIo): Outcome<void> {
  const entry = findMethod(args.method);
  if (!entry) {
    const names = listMethods().map((e) => e.name);
    return fail(`unknown method '${args.method}'; choose one of ${names.join(', ')}`);
  }
  const raw = methodParams(entry, args.params);
  if (!raw.ok) return raw;
  if (args.out !== undefined && resolve(args.out) === resolve(args.file)) {
    return fail(`--out '${args.out}' is the input file; smote-lab never overwrites its input`);
  }
  const input = readDataset(args.file, args.label, io);
  if (!input.ok) return input;
  const { table, dataset, warning } = input.value;
  if (warning) io.stderr(`smote-lab: warning: ${warning}\n`);

  const now = io.now ?? (() => performance.now());
  const start = now();
  const context = { random: createRandom(args.seed) };
  const result = runMethodScaled(entry.name, dataset, raw.value, context, args.scale);
  const elapsed = now() - start;
  if (!result.ok) return result;

  const text =
    args.format === 'json' ? resultToJson(result.value) : resultToCsv(result.value, table.header);
  if (args.out === undefined) {
    io.stdout(text);
  } else {
    try {
      io.writeFile(args.out, text);
    } catch (error) {
      return fail(`cannot write '${args.out}': ${fileErrorReason(error)}`);
    }
  }
  // JSON carries the warnings in the document; CSV has nowhere else to say them.
  if (args.format === 'csv') {
    for (const warning of result.value.warnings) io.stderr(`smote-lab: warning: ${warning}\n`);
  }
  if (args.verbose) io.stderr(`resample: ${elapsed.toFixed(1)} ms\n`);
  return ok(undefined);
}
