// A 200,000-row x 10-column file read through the streaming path from disk: every row arrives
// and every numeric column is a Float64Array with no text kept. The 1,000,000-row timing and
// peak memory are in `npm run bench`.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { largeCsvValue, writeLargeCsv } from '../../bench/large-csv';
import { streamCsv } from '../../src/io/stream-csv';

const ROWS = 200_000;
const dir = mkdtempSync(join(tmpdir(), 'smote-lab-large-'));
const file = join(dir, 'large.csv');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('streams 200,000 rows x 10 columns from disk into typed arrays', async () => {
  writeLargeCsv(file, ROWS);
  let last = 0;
  let calls = 0;
  const read = await streamCsv(createReadStream(file, { highWaterMark: 1 << 16 }), {
    totalBytes: statSync(file).size,
    onProgress: (f) => {
      calls++;
      last = f;
    },
  });
  if (!read.ok) throw new Error(read.error.message);
  const { rows, columns } = read.value;
  expect([rows, columns.length, last]).toEqual([ROWS, 10, 1]);
  expect(calls).toBeGreaterThan(100);
  for (const [j, col] of columns.slice(0, 9).entries()) {
    expect(col.codes).toBeUndefined();
    expect(col.values).toBeInstanceOf(Float64Array);
    expect(col.values.length).toBe(ROWS);
    expect(col.values[ROWS - 1]).toBe(largeCsvValue(ROWS - 1, j));
  }
  expect(columns[9].texts).toEqual(['rare', 'common']);
  expect(columns[9].codes?.length).toBe(ROWS);
}, 60_000);
