// The bench's TypeScript side, bundled by bench/run.mjs and run once per step:
//   data <dir>            write the bench CSVs
//   plan                  print the cases, one per registry method (JSON)
//   time <method> <dir>   time one method on its data; print {ms, rows} or {error} (JSON)
//   evaluate <dir>        time the evaluation protocol on the first 10,000 numeric rows (JSON)
// Only the sampler is timed: parsing the CSV is not.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { serveHelperThread, startHelperThreads } from '../src/cli/helper-threads';
import type { Dataset } from '../src/core/data/dataset';
import { selectRows } from '../src/core/data/dataset';
import { evaluateResampling } from '../src/core/evaluation/protocol';
import type { Outcome } from '../src/core/outcome';
import { createRandom } from '../src/core/random';
import { findMethod, listMethods, runMethod } from '../src/core/sampling/registry';
import { parseCsvText } from '../src/io/parse-csv';
import { tableToDataset } from '../src/io/table-to-dataset';
import { benchCase } from './bench-case';
import { benchCsv, DATA_KINDS, dataFileName } from './bench-data';

const SETTLE_MS = 250;

/** The bench dataset; the parsed text becomes garbage when this returns. */
function loadBenchData(dir: string, file: string): Outcome<Dataset> {
  const table = parseCsvText(readFileSync(join(dir, file), 'utf8'));
  return table.ok ? tableToDataset(table.value) : table;
}

async function timeMethod(name: string, dir: string): Promise<object> {
  const entry = findMethod(name);
  if (!entry) return { error: `no method ${name}` };
  const bench = benchCase(entry);
  const data = loadBenchData(dir, bench.file);
  if (!data.ok) return { error: data.error.message };
  // Collect the parser's garbage first (run.mjs passes --expose-gc), as imbalanced-learn's timing
  // starts with pandas' parse long done; only the sampler is measured.
  (globalThis as { gc?: () => void }).gc?.();
  // Then idle a moment: the engine sweeps that garbage and compiles on background threads, which
  // on two cores would otherwise slow a sub-second sampler's own warm-up.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const start = performance.now();
  const result = runMethod(entry.name, data.value, bench.params, { random: createRandom(0) });
  const ms = performance.now() - start;
  if (!result.ok) return { error: result.error.message };
  return { ms, rows: result.value.output.length };
}

const EVALUATION_ROWS = 10_000;
const EVALUATION_METHODS = ['none', 'SMOTE', 'ADASYN'];

// 5-fold × 2 of three methods with logistic regression; only the evaluation is timed.
function timeEvaluation(dir: string): object {
  const table = parseCsvText(readFileSync(join(dir, 'bench-numeric.csv'), 'utf8'));
  if (!table.ok) return { error: table.error.message };
  const data = tableToDataset(table.value);
  if (!data.ok) return { error: data.error.message };
  const rows = Int32Array.from({ length: EVALUATION_ROWS }, (_, i) => i);
  const options = {
    methods: EVALUATION_METHODS,
    classifier: 'logistic' as const,
    folds: 5,
    repeats: 2,
  };
  const start = performance.now();
  const report = evaluateResampling(selectRows(data.value, rows), options, {
    random: createRandom(0),
  });
  const ms = performance.now() - start;
  if (!report.ok) return { error: report.error.message };
  const rocAuc = report.value.results.map((r) => [r.method, r.metrics.roc_auc.mean.toFixed(3)]);
  return {
    ms,
    rows: EVALUATION_ROWS,
    methods: EVALUATION_METHODS,
    rocAuc: Object.fromEntries(rocAuc),
  };
}

// Threads, as the smote-lab command uses them (SMOTE_LAB_THREADS=1: the main thread alone).
function threads(): number {
  const asked = Number(process.env.SMOTE_LAB_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

const [command, ...rest] = process.argv.slice(2);
if (!isMainThread) {
  serveHelperThread();
} else if (command === 'threads') {
  process.stdout.write(`${threads()}\n`);
} else if (command === 'data') {
  mkdirSync(rest[0], { recursive: true });
  for (const kind of DATA_KINDS) writeFileSync(join(rest[0], dataFileName(kind)), benchCsv(kind));
} else if (command === 'plan') {
  process.stdout.write(`${JSON.stringify(listMethods().map(benchCase))}\n`);
} else if (command === 'time') {
  if (threads() > 1) startHelperThreads(new URL(import.meta.url), threads() - 1);
  process.stdout.write(`${JSON.stringify(await timeMethod(rest[0], rest[1]))}\n`);
} else if (command === 'evaluate') {
  process.stdout.write(`${JSON.stringify(timeEvaluation(rest[0]))}\n`);
} else {
  process.stderr.write(
    'usage: time-sampler data <dir> | plan | time <method> <dir> | evaluate <dir>\n',
  );
  process.exitCode = 2;
}
