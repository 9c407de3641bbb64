// A small hand-made ResampleResult over a CSV whose label column sits in the middle.
import { SyntheticRows } from '../../src/core/sampling/synthetic-rows';
import type { ResampleResult } from '../../src/core/sampling/types';
import { parseCsvText, type Table } from '../../src/io/parse-csv';
import { tableToDataset } from '../../src/io/table-to-dataset';

export function tableOf(text: string): Table {
  const table = parseCsvText(text);
  if (!table.ok) throw new Error(table.error.message);
  return table.value;
}

export const FIXTURE_CSV = [
  'x,kind,label,y',
  '1,red,0,10',
  '2,blue,0,20',
  '0.1,red,1.0,-3',
  '4,=SUM(A1),1.0,40',
].join('\n');

/**
 * Input rows 0..3; synthetic row 4 interpolates 2 -> 3 at gap 0.25; synthetic row 5 copies row 3
 * with no neighbour. Output drops input row 1 and puts the synthetic rows last; removed = [1, 5].
 */
export function fixtureResult(): { table: Table; result: ResampleResult } {
  const table = tableOf(FIXTURE_CSV);
  const data = tableToDataset(table, { label: 'label' });
  if (!data.ok) throw new Error(data.error.message);
  const rows = new SyntheticRows(data.value);
  rows.addInterpolated(1, 2, 3, 0.25);
  rows.addRow(1, 3, [4, 40]);
  const base = rows.finish(
    'Fixture',
    { danger: Int32Array.of(2), weights: Float64Array.of(0.5, 0.25) },
    ['a warning'],
  );
  return {
    table,
    result: { ...base, output: Int32Array.of(0, 2, 3, 4), removed: Int32Array.of(1, 5) },
  };
}
