import { describe, expect, it } from 'vitest';
import type { MisplacedNeighbor, ScalingChange } from '../../src/state/neighbor-views';
import { misplacedText, rowList, scalingChangeText } from '../../src/ui/neighbor-notes-text';

const base: Omit<MisplacedNeighbor, 'reason'> = { row: 12, rank: 1, looksNearer: 30, count: 1 };

describe('the inspector’s notes on scaling and the 2-D view', () => {
  it('lists rows as a reader says them', () => {
    expect([rowList([3]), rowList([7, 12]), rowList([1, 4, 9])]).toEqual([
      'row 3',
      'rows 7 and 12',
      'rows 1, 4 and 9',
    ]);
  });

  it('says a scaling kept the same neighbours, or which came and went', () => {
    const same: ScalingChange = { from: 'none', to: 'min-max', k: 3, added: [], dropped: [] };
    expect(scalingChangeText(same)).toBe(
      'With min-max scaled features, the 3 nearest are the same rows as with unscaled features.',
    );
    expect(scalingChangeText({ ...same, added: [7], dropped: [3] })).toBe(
      'With min-max scaled features, row 7 is now among the 3 nearest; row 3 is not (with unscaled features they were).',
    );
  });

  it('gives the reason that fits the view: PCA, stretched axes, or a hidden feature', () => {
    expect(
      misplacedText({ ...base, reason: { kind: 'pca', kept: 0.754, scaling: 'standardise' } }, 5),
    ).toBe(
      "Row 12 is the 2nd nearest in all 5 features but looks farther than row 30 here, because PC1 and PC2 keep 75% of the standardised features' variance and hide the rest of the distance.",
    );
    expect(
      misplacedText({ ...base, count: 3, reason: { kind: 'pca', kept: 0.5, scaling: 'none' } }, 5),
    ).toBe(
      "Row 12 is the 2nd nearest in all 5 features but looks farther than row 30 (and 2 other non-neighbours) here, because PC1 and PC2 keep 50% of the standardised features' variance and hide the rest of the distance, and the neighbours were found on unscaled features, not the standardised ones PCA shows.",
    );
    expect(misplacedText({ ...base, reason: { kind: 'stretch', scaling: 'none' } }, 3)).toBe(
      'Row 12 is the 2nd nearest in all 3 features but looks farther than row 30 here, because the plot stretches each axis to its own range, while the search measures unscaled differences.',
    );
  });
});
