// npm run bench: times every registry sampler on 100,000 rows x 10 features (10% minority) and,
// when /usr/bin/python3 has imbalanced-learn, its fit_resample on the same CSV in the same run.
// Each side runs in its own process. Environment knobs (seconds): BENCH_PY_LIMIT (default 60) caps
// each imbalanced-learn run so the bench stays near ten minutes; BENCH_TS_LIMIT (default 600) only
// stops a runaway smote-lab sampler, and such a run is reported. BENCH_ONLY=SMOTE,ADASYN picks methods.
// Sub-second methods are timed five times on each side and their medians compared.
// After the table: the evaluation protocol (5-fold × 2, none/SMOTE/ADASYN, logistic) on 10,000 rows.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'bench', 'out');
const bundle = join(outDir, 'build', 'time-sampler.mjs');
const python = '/usr/bin/python3';
const pyLimit = Number(process.env.BENCH_PY_LIMIT ?? 60);
const tsLimit = Number(process.env.BENCH_TS_LIMIT ?? 600);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim().toLowerCase());

function log(line) {
  process.stderr.write(`${line}\n`);
}

async function buildBundle(entry = 'bench/time-sampler.ts', dir = join(outDir, 'build')) {
  const file = entry.split('/').pop().replace(/\.ts$/, '.mjs');
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: dir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: file } },
    },
    ssr: { noExternal: true },
  });
}

function runNode(args, limitSeconds) {
  return spawnSync(process.execPath, ['--expose-gc', bundle, ...args], {
    encoding: 'utf8',
    timeout: limitSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function lastJsonLine(text) {
  const line = text.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function imblearnVersion() {
  if (!existsSync(python)) return undefined;
  const run = spawnSync(python, ['-c', 'import imblearn; print(imblearn.__version__)'], {
    encoding: 'utf8',
  });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

function timeSmoteLab(bench) {
  const run = runNode(['time', bench.name, outDir], tsLimit);
  if (run.error?.code === 'ETIMEDOUT' || run.signal) {
    return { text: `stopped > ${tsLimit} s`, seconds: undefined };
  }
  const result = lastJsonLine(run.stdout);
  if (!result) return { text: `crashed: ${run.stderr.trim().split('\n')[0]}` };
  if (result.error) return { text: `error: ${result.error}` };
  return {
    text: `${(result.ms / 1000).toFixed(3)} s`,
    seconds: result.ms / 1000,
    rows: result.rows,
  };
}

function timeImblearn(bench) {
  const script = join(root, 'bench', 'imblearn_time.py');
  const args = [script, bench.module, bench.name, join(outDir, bench.file)];
  const run = spawnSync(python, [...args, JSON.stringify(bench.pythonParams), String(pyLimit)], {
    encoding: 'utf8',
    timeout: (pyLimit + 60) * 1000,
  });
  const result = run.signal ? { status: 'timeout' } : lastJsonLine(run.stdout);
  if (!result) return { text: `crashed: ${run.stderr.trim().split('\n').pop()}` };
  if (result.status === 'ok') {
    return { text: `${result.seconds.toFixed(3)} s`, seconds: result.seconds, rows: result.rows };
  }
  if (result.status === 'timeout') return { text: `timeout > ${pyLimit} s` };
  if (result.status === 'missing') return { text: 'not in this version' };
  return { text: `error: ${result.message}` };
}

// Sub-second runs are mostly noise (allocation, a cold JIT, the other core's load), so such a
// method runs five times on each side, alternating, each in a fresh process, and the medians count.
const QUICK_SECONDS = 1;
const QUICK_RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeBoth(bench, version) {
  const ts = [timeSmoteLab(bench)];
  const py = [version ? timeImblearn(bench) : { text: 'not installed' }];
  const quick = (t) => t.seconds !== undefined && t.seconds < QUICK_SECONDS;
  if (!quick(ts[0]) || !(quick(py[0]) || !version)) return { ts: ts[0], py: py[0], runs: 1 };
  for (let r = 1; r < QUICK_RUNS; r++) {
    ts.push(timeSmoteLab(bench));
    if (version) py.push(timeImblearn(bench));
  }
  const summary = (list) => {
    const times = list.map((t) => t.seconds);
    if (times.some((t) => t === undefined)) return list.find((t) => t.seconds === undefined);
    const seconds = median(times);
    return { ...list[0], seconds, text: `${seconds.toFixed(3)} s` };
  };
  return { ts: summary(ts), py: summary(py), runs: QUICK_RUNS };
}

// The target: at most imbalanced-learn's time, SMOTE at most half of it.
function verdict(name, ts, py) {
  const target = name === 'SMOTE' ? 0.5 : 1;
  if (ts.seconds === undefined) return { ratio: '', target: `≤ ${target}` };
  if (py.seconds === undefined) {
    const beaten = py.text.startsWith('timeout') && ts.seconds <= pyLimit;
    return { ratio: beaten ? `< ${(ts.seconds / pyLimit).toFixed(2)}` : '', target: `≤ ${target}` };
  }
  const ratio = ts.seconds / py.seconds;
  return { ratio: ratio.toFixed(2), target: `≤ ${target} ${ratio <= target ? 'met' : 'MISSED'}` };
}

function timeEvaluation() {
  const run = runNode(['evaluate', outDir], tsLimit);
  if (run.error?.code === 'ETIMEDOUT' || run.signal) return `stopped > ${tsLimit} s`;
  const result = lastJsonLine(run.stdout);
  if (!result) return `crashed: ${run.stderr.trim().split('\n')[0]}`;
  if (result.error) return `error: ${result.error}`;
  const auc = Object.entries(result.rocAuc)
    .map(([method, value]) => `${method} ${value}`)
    .join(', ');
  return `${(result.ms / 1000).toFixed(3)} s (mean ROC AUC: ${auc})`;
}

function printTable(header, rows) {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells) => `| ${cells.map((c, j) => c.padEnd(widths[j])).join(' | ')} |`;
  const lines = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`];
  process.stdout.write(`${[...lines, ...rows.map(line)].join('\n')}\n`);
}

// The large-file parse: its own bundle and process, so its peak memory is its own.
async function timeParse() {
  const parseOut = join(outDir, 'build-parse');
  await buildBundle('bench/time-parse.ts', parseOut);
  const run = spawnSync(process.execPath, [join(parseOut, 'time-parse.mjs'), outDir], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const result = lastJsonLine(run.stdout);
  if (!result) return `crashed: ${run.stderr.trim().split('\n')[0]}`;
  if (result.error) return `error: ${result.error}`;
  return (
    `${(result.ms / 1000).toFixed(2)} s for ${result.mib} MiB, ${result.rows} rows kept, ` +
    `peak RSS ${result.maxRssMib} MiB`
  );
}

async function main() {
  log('bench: building the TypeScript side...');
  await buildBundle();
  log('bench: writing the data (100,000 rows x 10 features, 10% minority) to bench/out...');
  const data = runNode(['data', outDir], 300);
  if (data.status !== 0) throw new Error(`writing the bench data failed: ${data.stderr}`);
  const plan = lastJsonLine(runNode(['plan'], 60).stdout) ?? [];
  const cases = plan.filter((c) => !only || only.includes(c.name.toLowerCase()));
  const version = imblearnVersion();
  log(version ? `bench: imbalanced-learn ${version}` : 'bench: imbalanced-learn is not available');
  const threads = runNode(['threads'], 60).stdout.trim();

  const rows = [];
  for (const bench of cases) {
    const { ts, py, runs } = timeBoth(bench, version);
    const { ratio, target } = verdict(bench.name, ts, py);
    const out = `${ts.rows ?? '-'} / ${py.rows ?? '-'}`;
    log(`${bench.name}: smote-lab ${ts.text}, imbalanced-learn ${py.text} (${runs} run(s) each)`);
    rows.push([bench.name, bench.data, ts.text, py.text, ratio, target, String(runs), out]);
  }
  const pyHeader = `imbalanced-learn ${version ?? ''}`.trim();
  const header = [
    'method',
    'data',
    'smote-lab',
    pyHeader,
    'ratio',
    'target',
    'runs',
    'rows out (TS / Py)',
  ];
  printTable(header, rows);
  process.stdout.write(
    `smote-lab searched neighbours on ${threads} thread(s), as the smote-lab command does ` +
      '(SMOTE_LAB_THREADS=1 for one); imbalanced-learn ran with its defaults. Methods under ' +
      `${QUICK_SECONDS} s ran ${QUICK_RUNS} times on each side, each run in a fresh process; ` +
      'the table gives the medians. Both sides time fit_resample alone, the data loaded; ' +
      "smote-lab's side first collects the parse's garbage and idles 250 ms, so the engine's " +
      'background sweeping and compiling are done.\n',
  );
  log('bench: evaluation protocol...');
  process.stdout.write(
    `evaluation, 5-fold × 2 of none, SMOTE, ADASYN with logistic regression on 10,000 rows x 10 features: ${timeEvaluation()}\n`,
  );
  log('bench: streaming parse of 1,000,000 rows x 10 columns...');
  process.stdout.write(
    `parse, 1,000,000 rows x 10 columns streamed from disk: ${await timeParse()}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
