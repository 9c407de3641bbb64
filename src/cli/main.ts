// Entry of the smote-lab command (bundled to dist/cli/smote-lab.js): wires runCli to the process.
// The same file runs as the command's helper threads.
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { CliIo } from './cli-io';
import { serveHelperThread, startHelperThreads } from './helper-threads';
import { nodeCliIo } from './node-io';
import { runCli } from './run-cli';

/** Helper threads (neighbour search, SVM kernel): SMOTE_LAB_THREADS − 1, else one per spare core. */
function extraThreads(): number {
  const asked = Number(process.env.SMOTE_LAB_THREADS);
  const total = Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
  return Math.min(total, 16) - 1;
}

function main(): void {
  const io: CliIo = nodeCliIo();

  // A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  const threads = extraThreads();
  if (threads > 0) startHelperThreads(new URL(import.meta.url), threads);
  // exitCode rather than exit(): a large output piped to another program must be flushed first.
  process.exitCode = runCli(process.argv.slice(2), io);
}

if (isMainThread) main();
else serveHelperThread();
