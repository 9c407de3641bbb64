// Where an anchor's true neighbours (found in every feature) rank when distance is measured on the
// plot's two axes (two columns or PC1/PC2): with many features the 2-D picture misleads.
import { classRows, type Dataset } from '../../core/data/dataset';
import type { ViewPoints } from '../../state/view-projection';

export interface ScreenRank {
  row: number;
  /** 1 = nearest among the anchor's class, in all features. */
  trueRank: number;
  /** 1 = nearest among the anchor's class, on the plot's two axes. */
  screenRank: number;
}

export function screenRanks(
  data: Dataset,
  anchor: number,
  neighbors: ArrayLike<number>,
  /** Every row of `data` on the plot's two axes. */
  points: ViewPoints,
): ScreenRank[] {
  const { xs, ys } = points;
  const own = Array.from(classRows(data, data.y[anchor])).filter((r) => r !== anchor);
  const screen = (r: number) => Math.hypot(xs[r] - xs[anchor], ys[r] - ys[anchor]);
  own.sort((a, b) => screen(a) - screen(b) || a - b);
  return Array.from(neighbors, (row, i) => ({
    row,
    trueRank: i + 1,
    screenRank: own.indexOf(row) + 1,
  }));
}
