// Entry of the smote-lab command (bundled to dist/cli/smote-lab.js): wires runCli to the process.
// The same file runs as the command's neighbour-search threads.
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { setParallelNeighborSearch } from '../core/neighbors/find-neighbors';
import type { CliIo } from './cli-io';
import { serveNeighborSlices, startNeighborThreads } from './neighbor-threads';
import { nodeCliIo } from './node-io';
import { runCli } from './run-cli';

/** Extra threads for the neighbour search: SMOTE_LAB_THREADS, else one per spare core. */
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
  if (threads > 0)
    setParallelNeighborSearch(startNeighborThreads(new URL(import.meta.url), threads));
  // exitCode rather than exit(): a large output piped to another program must be flushed first.
  process.exitCode = runCli(process.argv.slice(2), io);
}

if (isMainThread) main();
else serveNeighborSlices();
