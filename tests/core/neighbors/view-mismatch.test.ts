import { describe, expect, it } from 'vitest';
import { viewMismatches } from '../../../src/core/neighbors/view-mismatch';

describe('viewMismatches', () => {
  // Anchor row 0 at the origin; neighbours 1 (near) and 2 (far on screen); rows 3 and 4 are not
  // neighbours, row 3 looks nearer than row 2, row 4 looks nearer than both but is the anchor's class too.
  const xs = Float64Array.of(0, 0.1, 0.9, 0.3, 0.05);
  const ys = Float64Array.of(0, 0, 0, 0, 0);

  it('names, per neighbour, the nearest-looking non-neighbour that looks clearly nearer', () => {
    expect(viewMismatches(0, [1, 2], [0, 1, 2, 3], xs, ys)).toEqual([
      { row: 2, rank: 1, looksNearer: 3, count: 1 },
    ]);
    expect(viewMismatches(0, [1, 2], [0, 1, 2, 3, 4], xs, ys)).toEqual([
      { row: 1, rank: 0, looksNearer: 4, count: 1 },
      { row: 2, rank: 1, looksNearer: 4, count: 2 },
    ]);
  });

  it('leaves near-ties alone', () => {
    const tie = Float64Array.of(0, 1, 0.95);
    expect(viewMismatches(0, [1], [0, 1, 2], tie, Float64Array.of(0, 0, 0))).toEqual([]);
  });
});
