// The large-file parse benchmark, bundled and run by bench/run.mjs: writes 1,000,000 rows x 10
// columns to <dir>, streams it through loadCsv from disk, and prints {ms, rows, mib, maxRssMib}.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCsv } from '../src/io/stream-csv';
import { writeLargeCsv } from './large-csv';

const ROWS = 1_000_000;

async function main(dir: string): Promise<void> {
  const file = join(dir, 'large-1m.csv');
  writeLargeCsv(file, ROWS);
  const bytes = statSync(file).size;
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const loaded = await loadCsv(createReadStream(file, { highWaterMark: 1 << 20 }), {
    totalBytes: bytes,
  });
  const ms = performance.now() - start;
  if (!loaded.ok) {
    process.stdout.write(`${JSON.stringify({ error: loaded.error.message })}\n`);
    return;
  }
  const mib = (n: number) => Number((n / 2 ** 20).toFixed(1));
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const result = {
    ms,
    rows: loaded.value.dataset.n,
    columns: loaded.value.schema.length,
    mib: mib(bytes),
    rssBeforeMib: mib(rssBefore),
    maxRssMib: mib(maxRss),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv[2] ?? '.').catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
});
