// Numbers as people read them: (136, 260), not (136.00000000000003, 260).

/** Up to `digits` significant digits, no trailing zeros, no exponent for everyday magnitudes. */
export function formatNumber(value: number, digits = 6): string {
  if (!Number.isFinite(value)) return String(value);
  // Rounding can leave -0; it reads as plain 0.
  if (value === 0 || Number(value.toPrecision(digits)) === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e12 || magnitude < 1e-6
      ? value.toExponential(digits - 1).replace(/\.?0+e/, 'e')
      : String(Number(value.toPrecision(digits)));
  return text.replace(/-/g, '−');
}

/** Distances to one decimal when they are 10 or more (64.0, 72.8, 92.2), else 3 significant digits. */
export function formatDistance(value: number): string {
  return value >= 10 ? value.toFixed(1) : formatNumber(value, 3);
}

/** A point as "(136, 260)". */
export function formatPoint(values: ArrayLike<number>): string {
  return `(${Array.from(values, (v) => formatNumber(v)).join(', ')})`;
}
