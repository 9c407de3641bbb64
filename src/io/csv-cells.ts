// What one CSV cell holds: a number, a missing value, or text. Shared by every parse path.

/** Spellings of a missing value (compared after trimming). */
export const MISSING_TOKENS = new Set(['', 'nan', 'NaN', 'NAN', 'NA', 'N/A', 'null', 'NULL']);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(\d+,?\d*|,\d+)([eE][+-]?\d+)?$/;
const RADIX_PREFIX = /^[+-]?0[xXbBoO]/;
const INFINITY = /^[+-]?(inf|infinity)$/i;

/**
 * The number in a trimmed cell: a finite number; NaN for a missing or non-finite cell ('', NaN,
 * inf); Infinity for a literal that overflows (1e999); undefined for text.
 */
export function cellNumber(text: string, decimalComma: boolean): number | undefined {
  // Fast path for the common case: Number() accepts it and it is plain decimal (not 0x1f, 0b1).
  const fast = Number(text);
  if (Number.isFinite(fast) && text !== '' && !RADIX_PREFIX.test(text)) return fast;
  if (MISSING_TOKENS.has(text) || INFINITY.test(text)) return Number.NaN;
  if (NUMBER.test(text)) return Number.POSITIVE_INFINITY;
  if (decimalComma && DECIMAL_COMMA.test(text)) {
    const v = Number(text.replace(',', '.'));
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  }
  return undefined;
}

/** True when a cell is a finite number as written (decimal comma allowed when the file uses it). */
export function isNumberCell(text: string, decimalComma = false): boolean {
  const v = cellNumber(text.trim(), decimalComma);
  return v !== undefined && Number.isFinite(v);
}

/** True when a cell looks like a decimal-comma number such as 1,5 (and not like 1 or 1.5). */
export function isDecimalCommaCell(text: string): boolean {
  return text.includes(',') && DECIMAL_COMMA.test(text.trim());
}
