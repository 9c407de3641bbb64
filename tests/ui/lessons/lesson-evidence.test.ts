import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../../src/core/data/dataset';
import { columnPair } from '../../../src/state/view-projection';
import { anchorSpread } from '../../../src/ui/lessons/anchor-children';
import { binaryColumns, fractionalRows } from '../../../src/ui/lessons/one-hot-cells';
import { screenRanks } from '../../../src/ui/lessons/screen-ranks';

describe('anchorSpread', () => {
  it('counts children per row of the grown class and the rows that got none', () => {
    // Rows 0-3 are class 1 (grown), rows 4-5 class 0; anchors 0, 0, 2, 0, 3.
    const y = [1, 1, 1, 1, 0, 0];
    const spread = anchorSpread(y, [1, 1, 1, 1, 1], [0, 0, 2, 0, 3]);
    expect(spread.rows).toBe(4);
    expect([...spread.perRow]).toEqual([3, 0, 1, 1, 0, 0]);
    expect(spread.histogram).toEqual([1, 2, 0, 1]);
    expect(spread.unused).toBe(1);
  });

  it('ignores rows without an anchor and counts every row when nothing was made', () => {
    const spread = anchorSpread([0, 1, 1], [], []);
    expect(spread).toMatchObject({ rows: 0, histogram: [], unused: 0 });
    expect(anchorSpread([1, 1], [1], [-1]).histogram).toEqual([2]);
  });
});

describe('one-hot cells', () => {
  const data = datasetFromRows({
    rows: [
      [10, 1, 0],
      [12, 0, 1],
      [11, 1, 0],
    ],
    labels: ['a', 'b', 'a'],
  });

  it('finds the 0/1 columns', () => {
    expect(binaryColumns(data)).toEqual([1, 2]);
  });

  it('lists the synthetic rows with a fraction in them', () => {
    const X = Float64Array.from([10.5, 1, 0, 11, 0.37, 0.63, 12, 0, 1]);
    expect(fractionalRows(X, 3, [1, 2])).toEqual([1]);
    expect(fractionalRows(X, 3, [0])).toEqual([0, 1, 2]);
    expect(fractionalRows(X.subarray(6), 3, [1, 2])).toEqual([]);
  });
});

describe('screenRanks', () => {
  it('ranks true neighbours by distance on the two features shown', () => {
    // Row 0 is the anchor; row 1 is nearest in 3-D but farthest on (f0, f1).
    const data = datasetFromRows({
      rows: [
        [0, 0, 0],
        [5, 0, 0.1],
        [1, 0, 9],
        [0, 2, 9],
        [9, 9, 9],
      ],
      labels: [1, 1, 1, 1, 0],
    });
    expect(screenRanks(data, 0, [1, 2], columnPair(data.X, data.d, 0, 1))).toEqual([
      { row: 1, trueRank: 1, screenRank: 3 },
      { row: 2, trueRank: 2, screenRank: 1 },
    ]);
  });
});
