import { describe, expect, it } from 'vitest';
import { formulaLines } from '../../src/ui/formula-lines';

describe('formulaLines', () => {
  it('writes the fraud example with round numbers', () => {
    const lambda = 0.4;
    const result = [120 + lambda * (160 - 120), 280 + lambda * (230 - 280)];
    expect(formulaLines(['amount', 'time'], [120, 280], [160, 230], lambda, result)).toEqual([
      { feature: 'amount', text: '136 = 120 + 0.4 × (160 − 120)' },
      { feature: 'time', text: '260 = 280 + 0.4 × (230 − 280)' },
    ]);
  });

  it('brackets negative values and rounds λ to four significant digits', () => {
    const lines = formulaLines(['x'], [-2], [3], 0.123456789, [-2 + 0.123456789 * 5]);
    expect(lines[0].text).toBe('−1.38272 = (−2) + 0.1235 × (3 − (−2))');
  });

  it('brackets a negative λ: the extrapolated point lies beyond the anchor', () => {
    const lines = formulaLines(['x'], [2], [6], -0.25, [1]);
    expect(lines[0].text).toBe('1 = 2 + (−0.25) × (6 − 2)');
  });
});
