// exp(x) for the RBF kernel columns, where it is most of the training time: Tang's table method
// (x = (256·m + j)·ln2/256 + r, exp(x) = 2^m · 2^(j/256) · e^r with |r| ≤ ln2/512 and a degree-4
// polynomial for e^r). Within a few ulp of Math.exp and several times faster in V8; rounded to the
// float32 of the kernel cache it nearly always gives the same value.

const ROUND = 6755399441055744; // 1.5·2^52: adding and subtracting it rounds to the nearest integer
const STEPS_PER_LN2 = 256 / Math.LN2;
// ln 2 / 256 split so that k·HI is exact for the k that occur (fdlibm's ln2_hi and ln2_lo).
const LN2_HI = 0.6931471803691238 / 256;
const LN2_LO = 1.9082149292705877e-10 / 256;
const FRACTION = Float64Array.from({ length: 256 }, (_, j) => 2 ** (j / 256));
const POW2_OFFSET = 1100;
const POW2 = Float64Array.from({ length: 2 * POW2_OFFSET }, (_, e) => 2 ** (e - POW2_OFFSET));

/** e^x; below −708 it returns 0 (the float32 kernel values underflow long before, near −104). */
export function fastExp(x: number): number {
  if (!(x > -708)) return Number.isNaN(x) ? x : 0;
  if (x > 709) return Infinity;
  return expInRange(x);
}

/**
 * fastExp(x) as a float32 (times ±1) sees it, without branches, which cost V8 more than the
 * arithmetic: past −708 and 709 the clamped value still rounds to the same ±0 or ±Infinity.
 */
export function fastExpForFloat32(x: number): number {
  return expInRange(Math.min(Math.max(x, -708), 709));
}

function expInRange(x: number): number {
  const kf = x * STEPS_PER_LN2 + ROUND - ROUND;
  const k = kf | 0;
  const r = x - kf * LN2_HI - kf * LN2_LO;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24))));
  return p * FRACTION[k & 255] * POW2[(k >> 8) + POW2_OFFSET];
}
