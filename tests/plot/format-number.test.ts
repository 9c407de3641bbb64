import { describe, expect, it } from 'vitest';
import { formatDistance, formatNumber, formatPoint } from '../../src/plot/format-number';

describe('number formatting', () => {
  it('hides floating-point noise', () => {
    expect(formatNumber(136.00000000000003)).toBe('136');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(0.7 * 3)).toBe('2.1');
    expect(0.7 * 3).not.toBe(2.1);
    expect(formatPoint([136 + 3e-14, 260 - 3e-14])).toBe('(136, 260)');
  });

  it('keeps six significant digits and uses a real minus sign', () => {
    expect(formatNumber(1234.56789)).toBe('1234.57');
    expect(formatNumber(-0.25)).toBe('−0.25');
    expect(formatNumber(-1.5e-20)).toBe('−1.5e−20');
    expect(formatNumber(0)).toBe('0');
  });

  it('shows distances to one decimal from 10 up', () => {
    expect([64.03124, 72.80109, 92.19544].map(formatDistance)).toEqual(['64.0', '72.8', '92.2']);
    expect(formatDistance(4.472136)).toBe('4.47');
  });
});
