import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../src/core/data/dataset';
import { SyntheticRows } from '../../src/core/sampling/synthetic-rows';
import { neutraliseFormula, resultToCsv } from '../../src/io/export-csv';
import { tableToDataset } from '../../src/io/table-to-dataset';
import { fixtureResult, tableOf } from './result-fixture';

describe('resultToCsv', () => {
  it('writes the input columns in file order, then synthetic, anchor, neighbor and gap', () => {
    const { table, result } = fixtureResult();
    const lines = resultToCsv(result, table.header).split('\n');
    expect(lines).toEqual([
      'x,kind,label,y,synthetic,anchor,neighbor,gap',
      '1,red,0,10,0,,,',
      '0.1,red,1.0,-3,0,,,',
      "4,'=SUM(A1),1.0,40,0,,,",
      '1.075,red,1.0,7.75,1,2,3,0.25',
      '',
    ]);
  });

  it('puts the label last when no header is given', () => {
    const { result } = fixtureResult();
    const first = resultToCsv(result).split('\n')[0];
    expect(first).toBe('x,kind,y,label,synthetic,anchor,neighbor,gap');
  });

  it('leaves neighbor and gap empty for a synthetic row without them', () => {
    const { table, result } = fixtureResult();
    const out = { ...result, output: Int32Array.of(5) };
    expect(resultToCsv(out, table.header).split('\n')[1]).toBe("4,'=SUM(A1),1.0,40,1,3,,");
  });

  it('prints numbers so they read back to the same double, integers without a decimal point', () => {
    const values = [0.1 + 0.2, 1e-300, -123456789.12345679, 2 ** 53, 1 / 3, 7];
    const data = datasetFromRows({ rows: values.map((v) => [v]), labels: values.map(() => 'a') });
    const rows = new SyntheticRows(data);
    const result = rows.finish('Fixture');
    const text = resultToCsv(result);
    const back = tableOf(text).rows.map((r) => Number(r[0]));
    expect(back).toEqual(values);
    expect(text.split('\n')[6]).toBe('7,a,0,,,');
  });

  it('quotes cells holding the delimiter, quotes or line breaks', () => {
    const table = tableOf('name,v,label\n"a,b",1,p\n"say ""hi""",2,q\n');
    const data = tableToDataset(table);
    if (!data.ok) throw new Error(data.error.message);
    const text = resultToCsv(new SyntheticRows(data.value).finish('Fixture'), table.header);
    expect(text.split('\n').slice(1, 3)).toEqual(['"a,b",1,p,0,,,', '"say ""hi""",2,q,0,,,']);
    expect(tableOf(text).rows.map((r) => r[0])).toEqual(['a,b', 'say "hi"']);
  });

  it('neutralises header, category and label cells a spreadsheet would run as formulas', () => {
    const table = tableOf('=h,c,label\n1,+x,-a\n2,@y,-a\n3,-5,b\n');
    const data = tableToDataset(table);
    if (!data.ok) throw new Error(data.error.message);
    const text = resultToCsv(new SyntheticRows(data.value).finish('Fixture'), table.header);
    expect(text.split('\n').slice(0, 4)).toEqual([
      "'=h,c,label,synthetic,anchor,neighbor,gap",
      "1,'+x,'-a,0,,,",
      "2,'@y,'-a,0,,,",
      '3,-5,b,0,,,',
    ]);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes =, +, -, @, tab and CR, but leaves numbers and plain text alone', () => {
    expect(['=1+1', '+cmd', '-x', '@sum', '\tx', '\rx'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-x",
      "'@sum",
      "'\tx",
      "'\rx",
    ]);
    expect(['-4.5', '-1e-7', '+3', 'plain', 'a=b', '-'].map(neutraliseFormula)).toEqual([
      '-4.5',
      '-1e-7',
      '+3',
      'plain',
      'a=b',
      "'-",
    ]);
  });
});
