import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/io/parse-csv';
import { loadCsv, streamCsv } from '../../src/io/stream-csv';
import { loadTable } from '../../src/io/table-to-dataset';
import { fixtureBytes, fixtureText } from './fixture-text';

const GOOD = [
  'good/bom.csv',
  'good/crlf.csv',
  'good/quoted.csv',
  'good/tabs.tsv',
  'good/decimal-comma.csv',
  'good/no-header.csv',
  'good/label-first.csv',
  'good/html-names.csv',
  'bad/missing-cells.csv',
];
const BAD = [
  'bad/empty.csv',
  'bad/header-only.csv',
  'bad/ragged.csv',
  'bad/non-numeric.csv',
  'bad/overflow.csv',
  'bad/duplicate-columns.csv',
  'bad/single-class.csv',
  'bad/unclosed-quote.csv',
];

/** What the simple path makes of a text, in a form toEqual compares in full. */
function simple(text: string) {
  const table = parseCsvText(text);
  if (!table.ok) return table;
  const loaded = loadTable(table.value);
  if (!loaded.ok) return loaded;
  const { dataset, schema, missing, keptRows } = loaded.value;
  return { ok: true, dataset, schema, missing, keptRows };
}

async function streamed(source: Parameters<typeof loadCsv>[0], chunkSize?: number) {
  const loaded = await loadCsv(source, { chunkSize });
  if (!loaded.ok) return loaded;
  const { dataset, schema, missing, keptRows } = loaded.value;
  return { ok: true, dataset, schema, missing, keptRows };
}

describe('loadCsv equals the simple path', () => {
  for (const file of [...GOOD, ...BAD]) {
    it(`${file}, in chunks of 1, 2, 3, 7 and 1 MiB characters`, async () => {
      const text = fixtureText(file);
      const expected = simple(text);
      for (const size of [1, 2, 3, 7, undefined]) {
        expect(await streamed(text, size)).toEqual(expected);
      }
    });
  }

  it('reads bytes split inside multi-byte characters, a Blob and a Node stream alike', async () => {
    const text = 'name,"amount, €",label\r\n"Zürich\r\nCity",1,ü\r\n"a ""b""",2,€\r\nc,3,ü\r\n';
    const expected = simple(text);
    expect(expected.ok).toBe(true);
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 5]) expect(await streamed(bytes, size)).toEqual(expected);
    expect(await streamed(new Blob([bytes]))).toEqual(expected);
    const pieces = [bytes.subarray(0, 9), bytes.subarray(9, 30), bytes.subarray(30)];
    expect(await streamed(Readable.from(pieces.map((p) => Buffer.from(p))))).toEqual(expected);
  });

  it('joins records cut between \\r and \\n and inside a quoted field with a newline', async () => {
    async function* pieces() {
      yield* ['a,b,label\r', '\n1,"q', 'uoted\r', '\nfield",x\r', '\n3,4,y\r\n', '5,"6', '",y\r\n'];
    }
    const read = await streamCsv(pieces());
    if (!read.ok) throw new Error(read.error.message);
    const [, b, label] = read.value.columns;
    expect(read.value.rows).toBe(3);
    expect([b.texts, label.texts]).toEqual([
      ['quoted\r\nfield', '4', '6'],
      ['x', 'y'],
    ]);
  });

  it('refuses binary and non-UTF-8 bytes, naming the byte', async () => {
    expect(await streamCsv(fixtureBytes('bad/binary.csv'), { chunkSize: 64 })).toEqual({
      ok: false,
      error: { message: 'the file looks binary, not CSV text (a NUL byte at byte 9)' },
    });
    const latin1 = await streamCsv(fixtureBytes('bad/latin1.csv'), { chunkSize: 8 });
    expect(!latin1.ok && latin1.error.message).toBe(
      'the file is not UTF-8 text (byte 20 is not valid UTF-8); save it as UTF-8 and try again',
    );
  });
});

describe('streamCsv progress, cancel and budgets', () => {
  const text = `a,b,label\n${Array.from({ length: 200 }, (_, i) => `${i},${i * 2},${i % 3 ? 'x' : 'y'}`).join('\n')}\n`;

  it('reports a monotone fraction that ends at 1', async () => {
    const seen: number[] = [];
    const out = await streamCsv(text, { chunkSize: 100, onProgress: (f) => seen.push(f) });
    expect(out.ok && out.value.rows).toBe(200);
    expect(seen.length).toBe(Math.ceil(text.length / 100) + 1);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('stops at the next chunk once the signal is aborted', async () => {
    const signal = { aborted: false };
    let calls = 0;
    const out = await streamCsv(text, {
      chunkSize: 100,
      signal,
      onProgress: () => {
        calls++;
        if (calls === 3) signal.aborted = true;
      },
    });
    expect(out).toEqual({ ok: false, error: { message: 'reading the file was cancelled' } });
    expect(calls).toBe(3);
  });

  it('refuses input beyond the byte or row budget', async () => {
    const bytes = await streamCsv(text, { maxBytes: 1000 });
    expect(!bytes.ok && bytes.error.message).toBe(
      `the file is ${text.length} bytes, over the 1000 bytes limit (maxBytes); use a smaller sample of it`,
    );
    const stream = Readable.from([Buffer.from(text)]);
    const streamed = await streamCsv(stream, { maxBytes: 1000 });
    expect(!streamed.ok && streamed.error.message).toMatch(/over the 1000 bytes limit/);
    const rows = await streamCsv(text, { maxRows: 150 });
    expect(!rows.ok && rows.error.message).toBe(
      'the file has more than 150 data rows, the limit (maxRows)',
    );
  });

  it('keeps numeric columns as Float64Array and the label as codes', async () => {
    const out = await streamCsv(text, { chunkSize: 64 });
    if (!out.ok) throw new Error(out.error.message);
    const [a, , label] = out.value.columns;
    expect(a.values).toBeInstanceOf(Float64Array);
    expect([a.values[0], a.values[199], a.codes]).toEqual([0, 199, undefined]);
    expect(label.texts).toEqual(['y', 'x']);
  });
});
