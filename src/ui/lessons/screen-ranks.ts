// Where an anchor's true neighbours (found in every feature) rank when distance is measured on the
// two features the plot shows: with many features the 2-D picture misleads.
import { classRows, type Dataset } from '../../core/data/dataset';

export interface ScreenRank {
  row: number;
  /** 1 = nearest among the anchor's class, in all features. */
  trueRank: number;
  /** 1 = nearest among the anchor's class, on the plot's two features. */
  screenRank: number;
}

export function screenRanks(
  data: Dataset,
  anchor: number,
  neighbors: ArrayLike<number>,
  xFeature: number,
  yFeature: number,
): ScreenRank[] {
  const { X, d } = data;
  const own = Array.from(classRows(data, data.y[anchor])).filter((r) => r !== anchor);
  const screen = (r: number) =>
    Math.hypot(
      X[r * d + xFeature] - X[anchor * d + xFeature],
      X[r * d + yFeature] - X[anchor * d + yFeature],
    );
  own.sort((a, b) => screen(a) - screen(b) || a - b);
  return Array.from(neighbors, (row, i) => ({
    row,
    trueRank: i + 1,
    screenRank: own.indexOf(row) + 1,
  }));
}
