// One stretch of an RBF Q-matrix column, Q_ij = y_i·y_j·exp(−γ‖x_i − x_j‖²), as a plain function of
// typed arrays, so a helper thread that sees the same (shared) arrays computes the same bits.
import { fastExpForFloat32 } from './fast-exp';

/** One binary problem's rows as the column fill reads them; positions may be permuted in place. */
export interface RbfColumnArrays {
  l: number;
  d: number;
  gamma: number;
  /** Feature t of position p is xf[t * l + p]. */
  xf: Float64Array;
  xSquare: Float64Array;
  /** +1 or −1 per position. */
  y: Int8Array;
}

/**
 * Writes Q_ij for positions j in [from, to) into data[j], using dot[from, to) as scratch.
 * The dot products add feature by feature in the order of a row-wise loop, so the values match
 * LIBSVM's x_i² + x_j² − 2·x_i·x_j to the bit; each pass adds up to eight features in a register,
 * and the last one or two features go with the exponential, so dot is read and written little.
 */
export function fillRbfColumn(
  p: RbfColumnArrays,
  dot: Float64Array,
  i: number,
  data: Float32Array,
  from: number,
  to: number,
): void {
  const { d, l, xf, xSquare, y, gamma } = p;
  const yi = y[i];
  const sqi = xSquare[i];
  if (d === 0) {
    for (let j = from; j < to; j++) data[j] = yi * y[j];
    return;
  }
  // Features [0, t) are in dot once t > 0; 0 + a is a, so the first pass starts from 0.
  let t = 0;
  while (d - t > 2) {
    const left = d - t - 2;
    if (left >= 8) addEightFeatures(dot, xf, l, i, t * l, from, to, t === 0);
    else if (left >= 4) addFourFeatures(dot, xf, l, i, t * l, from, to, t === 0);
    else addOneFeature(dot, xf, i, t * l, from, to, t === 0);
    t += left >= 8 ? 8 : left >= 4 ? 4 : 1;
  }
  const o = t * l;
  const u = xf[o + i];
  const g = -gamma;
  if (d - t === 1) {
    for (let j = from; j < to; j++) {
      const dij = (t === 0 ? 0 : dot[j]) + u * xf[o + j];
      data[j] = yi * y[j] * fastExpForFloat32(g * (sqi + xSquare[j] - 2 * dij));
    }
    return;
  }
  const o1 = o + l;
  const v = xf[o1 + i];
  for (let j = from; j < to; j++) {
    const dij = (t === 0 ? 0 : dot[j]) + u * xf[o + j] + v * xf[o1 + j];
    data[j] = yi * y[j] * fastExpForFloat32(g * (sqi + xSquare[j] - 2 * dij));
  }
}

/** dot[j] (+)= x_i·x_j over the eight features from offset o of the feature-major xf, in order. */
function addEightFeatures(
  dot: Float64Array,
  xf: Float64Array,
  l: number,
  i: number,
  o: number,
  from: number,
  to: number,
  first: boolean,
): void {
  const o1 = o + l;
  const o2 = o1 + l;
  const o3 = o2 + l;
  const o4 = o3 + l;
  const o5 = o4 + l;
  const o6 = o5 + l;
  const o7 = o6 + l;
  const u0 = xf[o + i];
  const u1 = xf[o1 + i];
  const u2 = xf[o2 + i];
  const u3 = xf[o3 + i];
  const u4 = xf[o4 + i];
  const u5 = xf[o5 + i];
  const u6 = xf[o6 + i];
  const u7 = xf[o7 + i];
  for (let j = from; j < to; j++) {
    let s = (first ? 0 : dot[j]) + u0 * xf[o + j];
    s += u1 * xf[o1 + j];
    s += u2 * xf[o2 + j];
    s += u3 * xf[o3 + j];
    s += u4 * xf[o4 + j];
    s += u5 * xf[o5 + j];
    s += u6 * xf[o6 + j];
    s += u7 * xf[o7 + j];
    dot[j] = s;
  }
}

/** dot[j] (+)= x_i·x_j over the four features from offset o of the feature-major xf, in order. */
function addFourFeatures(
  dot: Float64Array,
  xf: Float64Array,
  l: number,
  i: number,
  o: number,
  from: number,
  to: number,
  first: boolean,
): void {
  const o1 = o + l;
  const o2 = o1 + l;
  const o3 = o2 + l;
  const u0 = xf[o + i];
  const u1 = xf[o1 + i];
  const u2 = xf[o2 + i];
  const u3 = xf[o3 + i];
  for (let j = from; j < to; j++) {
    let s = (first ? 0 : dot[j]) + u0 * xf[o + j];
    s += u1 * xf[o1 + j];
    s += u2 * xf[o2 + j];
    s += u3 * xf[o3 + j];
    dot[j] = s;
  }
}

/** dot[j] (+)= x_i·x_j for the feature at offset o of the feature-major xf. */
function addOneFeature(
  dot: Float64Array,
  xf: Float64Array,
  i: number,
  o: number,
  from: number,
  to: number,
  first: boolean,
): void {
  const u = xf[o + i];
  for (let j = from; j < to; j++) dot[j] = (first ? 0 : dot[j]) + u * xf[o + j];
}
