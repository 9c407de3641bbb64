import { describe, expect, it } from 'vitest';
import { parseCsvText, type Table } from '../../src/io/parse-csv';
import { loadTable, tableToDataset } from '../../src/io/table-to-dataset';
import { fixtureText } from './fixture-text';

function table(text: string): Table {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function error(text: string): string {
  const parsed = parseCsvText(text);
  if (parsed.ok) throw new Error('parsed');
  return parsed.error.message;
}

describe('parseCsvText detects how a file is written', () => {
  it('reads a UTF-8 BOM, CRLF and tabs as the plain comma file', () => {
    const plain = table(fixtureText('bad/too-large.csv'));
    for (const file of ['good/bom.csv', 'good/crlf.csv', 'good/tabs.tsv']) {
      const t = table(fixtureText(file));
      expect(t.header).toEqual(['amount', 'score', 'label']);
      expect(t.rows).toEqual(plain.rows);
    }
    expect(table(fixtureText('good/tabs.tsv')).delimiter).toBe('\t');
    expect(table(fixtureText('good/crlf.csv')).rows[0]).toEqual(['1.0', '0.0', 'no']);
  });

  it('keeps delimiters, doubled quotes and newlines inside quoted fields', () => {
    const t = table(fixtureText('good/quoted.csv'));
    expect(t.header).toEqual(['name', 'amount, in €', 'label']);
    expect(t.rows.map((r) => r[0])).toEqual([
      'Smith, John',
      'line one\nline two',
      'say "hi"',
      'plain',
    ]);
    // The record spanning two physical lines is one line for the count.
    expect(t.lines).toEqual([2, 3, 4, 5]);
  });

  it('reads semicolons with decimal commas as numbers', () => {
    const t = table(fixtureText('good/decimal-comma.csv'));
    expect([t.delimiter, t.decimalComma]).toEqual([';', true]);
    const data = tableToDataset(t);
    if (!data.ok) throw new Error(data.error.message);
    expect([...data.value.X]).toEqual([1.5, 2.25, 3, 4.75, -0.5, 1000]);
    expect(data.value.classNames).toEqual(['no', 'yes']);
  });

  it('names the columns col1… when the first line is all numbers', () => {
    const t = table(fixtureText('good/no-header.csv'));
    expect([t.header, t.hasHeader, t.rows.length]).toEqual([['col1', 'col2', 'col3'], false, 3]);
    expect(table('a,b\n1,2\n').hasHeader).toBe(true);
  });

  it('counts blank lines as lines but not as data rows', () => {
    expect(error('a,b,label\n1,2,x\n\n3,y\n')).toBe(
      'line 4 (data row 2) has 2 fields, the header has 3',
    );
    expect(error('1,2,3\n\n3,4\n')).toBe('line 3 (data row 2) has 2 fields, the first line has 3');
  });

  it('refuses a header with an empty or repeated name and a malformed quote', () => {
    expect(error('a,,label\n1,2,x\n')).toBe('column 2 has no name in the header (line 1)');
    expect(error('a,b,a\n1,2,x\n')).toBe("duplicate column name 'a' (columns 1 and 3)");
    expect(error('a,b\n"x"y,2\n')).toBe('line 2: a quoted field is malformed');
    expect(error('  \n\n')).toBe('the file is empty');
  });

  it('keeps HTML and script in names and labels as plain text', () => {
    const t = table(fixtureText('good/html-names.csv'));
    expect(t.header).toEqual(['<b>amount</b>', '<img src=x onerror=alert(1)>', 'label']);
    const data = tableToDataset(t);
    if (!data.ok) throw new Error(data.error.message);
    expect(data.value.classNames).toEqual(['<script>alert(1)</script>', 'plain']);
    expect(data.value.featureNames).toEqual(['<b>amount</b>', '<img src=x onerror=alert(1)>']);
  });
});

describe('loadTable: label guess, schema, missing cells', () => {
  it('guesses the label by name in any case, else the last column; y beside x is a coordinate', () => {
    const first = loadTable(table(fixtureText('good/label-first.csv')));
    if (!first.ok) throw new Error(first.error.message);
    expect([first.value.dataset.labelName, first.value.labelGuessed]).toEqual(['Target', true]);
    expect(first.value.minorityClass).toBe('yes');
    const xy = loadTable(table('x,y,kind\n1,2,a\n3,4,b\n5,6,b\n'));
    expect(xy.ok && xy.value.dataset.labelName).toBe('kind');
    const y = loadTable(table('f,y,g\n1,0,2\n3,1,4\n'));
    expect(y.ok && y.value.dataset.labelName).toBe('y');
  });

  it('lists each column with its kind, distinct count and missing count', () => {
    const loaded = loadTable(
      table('amount,city,label\n1,Bern,a\n2,,b\n2,Basel,NaN\n4,Bern,a\n5,Basel,b\n'),
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.schema).toEqual([
      { name: 'amount', kind: 'numeric', distinct: 4, distinctCapped: false, missing: 0 },
      { name: 'city', kind: 'categorical', distinct: 2, distinctCapped: false, missing: 1 },
      { name: 'label', kind: 'label', distinct: 2, distinctCapped: false, missing: 1 },
    ]);
  });

  it('drops rows with missing or non-finite cells by default and reports the first five', () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `${i % 3 === 0 ? 'NaN' : i},${i % 2 ? 'a' : 'b'}`,
    );
    const loaded = loadTable(table(`v,label\n${rows.join('\n')}\n`));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { missing, dataset, keptRows } = loaded.value;
    expect(missing).toEqual({
      action: 'drop',
      rows: 4,
      firstDataRows: [1, 4, 7, 10],
      dropped: 4,
      imputed: 0,
      message:
        '4 rows have missing or non-finite cells (data rows 1, 4, 7, 10); left out of resampling',
    });
    expect(dataset.n).toBe(8);
    expect([...keptRows]).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
    expect([...dataset.X]).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
  });

  it('imputes the median and the most frequent category on request; never a label', () => {
    const text = 'v,c,label\n1,p,a\n,q,a\n10,,b\n4,q,b\n-inf,p,\n';
    const loaded = loadTable(table(text), { missing: 'impute' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { dataset, missing } = loaded.value;
    // Median of 1, 10, 4 is 4; p and q tie twice each among present cells, so p (first) wins.
    expect([...dataset.X]).toEqual([1, 4, 10, 4]);
    expect(dataset.categorical[0].categories).toEqual(['p', 'q']);
    expect([...dataset.categorical[0].codes]).toEqual([0, 1, 0, 1]);
    expect(missing.message).toBe(
      '3 rows have missing or non-finite cells (data rows 2, 3, 5); 2 cells imputed, 1 row without a label left out',
    );
  });

  it('refuses a column with no value, and a file left with nothing', () => {
    const empty = loadTable(table('v,w,label\n1,,a\n2,,b\n'));
    expect(!empty.ok && empty.error.message).toBe("column 'w' has no value in any data row");
    const none = loadTable(table('v,label\n,a\nNaN,b\n1,\n'));
    expect(!none.ok && none.error.message).toBe(
      'every data row has a missing or non-finite cell; nothing is left to resample',
    );
  });

  it('names the cell that is text in a numeric column, counting lines from the header', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${i},a`);
    rows[6] = 'oops,a';
    const loaded = loadTable(table(`v,label\n${rows.join('\n')}\n`));
    expect(!loaded.ok && loaded.error.message).toBe(
      "line 8 (data row 7), column 'v': 'oops' is not a number",
    );
  });
});
