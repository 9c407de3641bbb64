// How a run spread its synthetic rows over the anchors, read from its provenance: imbalanced-learn
// draws anchors uniformly with replacement, so some minority rows get many children and some none.

export interface AnchorSpread {
  /** The rows of the classes that got synthetic rows: the possible anchors. */
  rows: number;
  /** Children per anchor row, indexed by input row (0 for rows of other classes). */
  perRow: Int32Array;
  /** histogram[c]: how many possible anchors got exactly c children. */
  histogram: number[];
  /** Possible anchors that got no child. */
  unused: number;
}

export function anchorSpread(
  y: ArrayLike<number>,
  syntheticY: ArrayLike<number>,
  anchors: ArrayLike<number>,
): AnchorSpread {
  const grown = new Set(Array.from(syntheticY));
  const perRow = new Int32Array(y.length);
  for (let i = 0; i < anchors.length; i++) if (anchors[i] >= 0) perRow[anchors[i]]++;
  const histogram: number[] = [];
  let rows = 0;
  for (let r = 0; r < y.length; r++) {
    if (!grown.has(y[r])) continue;
    rows++;
    const c = perRow[r];
    while (histogram.length <= c) histogram.push(0);
    histogram[c]++;
  }
  return { rows, perRow, histogram, unused: histogram[0] ?? 0 };
}
