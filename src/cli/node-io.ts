// The command's CliIo over the real file system: files are read as bytes so that the io layer,
// not Node, decides whether they are UTF-8; SMOTE_LAB_MAX_BYTES overrides the size budget.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { CliIo } from './cli-io';

function budgetFromEnvironment(): number | undefined {
  const asked = Number(process.env.SMOTE_LAB_MAX_BYTES);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : undefined;
}

export function nodeCliIo(maxBytes = budgetFromEnvironment()): CliIo {
  return {
    readFile: (path) => readFileSync(path, 'utf8'),
    readBytes: (path) => readFileSync(path),
    fileSize: (path) => statSync(path).size,
    maxBytes,
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}
