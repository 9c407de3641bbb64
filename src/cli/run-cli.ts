// The smote-lab command: argv in, exit code out. Exit 0 on success, 2 for a user mistake
// (one line on stderr), 1 for a broken invariant inside smote-lab.
import { parseCommandLine } from './args';
import type { CliIo } from './cli-io';
import { evaluate } from './evaluate';
import { resample } from './resample';
import { usageText } from './usage';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function runCli(argv: readonly string[], io: CliIo): number {
  if (argv.length === 0) {
    io.stderr(usageText());
    return EXIT_USAGE;
  }
  try {
    const line = parseCommandLine(argv);
    if (!line.ok) {
      io.stderr(`smote-lab: ${oneLine(line.error.message)}\n`);
      return EXIT_USAGE;
    }
    if (line.value.command === 'help') {
      io.stdout(usageText());
      return EXIT_OK;
    }
    const done =
      line.value.command === 'evaluate'
        ? evaluate(line.value.args, io)
        : resample(line.value.args, io);
    if (!done.ok) {
      io.stderr(`smote-lab: ${oneLine(done.error.message)}\n`);
      return EXIT_USAGE;
    }
    return EXIT_OK;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`smote-lab: internal error: ${oneLine(message)}\n`);
    return EXIT_INTERNAL;
  }
}
