// An in-memory CliIo: files in a Map (the folder missing/ does not exist), stdout and stderr
// collected, a clock that advances on demand.
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

export function runInMemory(
  argv: string[],
  files: Record<string, string>,
  clock: number[] = [],
): Run {
  const store = new Map(Object.entries(files));
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile(path) {
      const text = store.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile(path, text) {
      if (path.startsWith('missing/')) {
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      }
      store.set(path, text);
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  if (clock.length > 0) io.now = () => clock.shift() ?? 0;
  const code = runCli(argv, io);
  return { code, stdout, stderr, files: store };
}

/** Two well-separated classes, label last: 'big' (12 rows) and 'small' (6 rows). */
export const TWO_CLASS_CSV = [
  'f1,f2,label',
  ...Array.from({ length: 12 }, (_, i) => `${i % 4},${Math.floor(i / 4)},big`),
  ...Array.from({ length: 6 }, (_, i) => `${10 + (i % 3)},${10 + Math.floor(i / 3)},small`),
].join('\n');
