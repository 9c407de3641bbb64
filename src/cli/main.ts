// Entry of the smote-lab command (bundled to dist/cli/smote-lab.js): wires runCli to the process.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliIo } from './cli-io';
import { runCli } from './run-cli';

const io: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// exitCode rather than exit(): a large output piped to another program must be flushed first.
process.exitCode = runCli(process.argv.slice(2), io);
