// `smote-lab evaluate`: read a CSV, compare methods by the leak-free protocol, write a table or JSON.
import { evaluateResampling } from '../core/evaluation/protocol';
import { fail, type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import type { CliIo } from './cli-io';
import type { EvaluateArgs } from './evaluate-args';
import { reportToJson, reportToTable } from './evaluate-report';
import { readDataset } from './read-dataset';

/** Runs the command; a user mistake comes back as a Failure, with nothing written. */
export function evaluate(args: EvaluateArgs, io: CliIo): Outcome<void> {
  const data = readDataset(args.file, args.label, io);
  if (!data.ok) return data;
  if (data.value.warning) io.stderr(`smote-lab: warning: ${data.value.warning}\n`);
  const report = evaluateResampling(
    data.value.dataset,
    {
      methods: args.methods,
      classifier: args.classifier,
      folds: args.folds,
      repeats: args.repeats,
    },
    { random: createRandom(args.seed) },
  );
  if (!report.ok) return fail(`${args.file}: ${report.error.message}`);
  io.stdout(
    args.format === 'json' ? reportToJson(report.value, args) : reportToTable(report.value, args),
  );
  if (args.format === 'table') {
    for (const r of report.value.results) {
      for (const warning of r.warnings) io.stderr(`smote-lab: warning: ${r.method}: ${warning}\n`);
    }
  }
  return ok(undefined);
}
