// Sequential minimal optimisation for the C-SVC dual, min ½αᵀQα − eᵀα with 0 ≤ α ≤ C and yᵀα = 0,
// following LIBSVM's Solver (Chang and Lin): second-order working-set selection (WSS3 of Fan, Chen
// and Lin, 2005), shrinking with gradient reconstruction, and the same stopping rule, so the
// support set matches scikit-learn's SVC.
import type { RbfQMatrix } from './rbf-q-matrix';
import { solvePair, TAU } from './smo-pair';

const LOWER = 0;
const UPPER = 1;
const FREE = 2;

export interface SmoOptions {
  C: number;
  /** Stopping tolerance on the maximal violating pair (scikit-learn's tol). */
  tol: number;
  shrinking: boolean;
  maxIter: number;
  /** Checked every thousand iterations; a cancelled solve returns what it has. */
  signal?: { readonly aborted: boolean };
}

export interface SmoSolution {
  /** α_i·y_i per input position of the problem. */
  coef: Float64Array;
  /** The decision function is Σ coef_i K(x_i, x) − rho. */
  rho: number;
  iterations: number;
  /** False when maxIter was reached or the solve was cancelled. */
  converged: boolean;
}

export function solveSmo(Q: RbfQMatrix, y0: Int8Array, opts: SmoOptions): SmoSolution {
  const l = Q.l;
  const { C, tol: eps, shrinking } = opts;
  const QD = Q.QD;
  const y = Int8Array.from(y0);
  const alpha = new Float64Array(l);
  const status = new Uint8Array(l).fill(LOWER);
  const G = new Float64Array(l).fill(-1);
  const Gbar = new Float64Array(l);
  const activeSet = new Int32Array(l);
  for (let i = 0; i < l; i++) activeSet[i] = i;
  let activeSize = l;
  let unshrink = false;

  const isUpper = (i: number) => status[i] === UPPER;
  const isLower = (i: number) => status[i] === LOWER;
  const setStatus = (i: number) => {
    status[i] = alpha[i] >= C ? UPPER : alpha[i] <= 0 ? LOWER : FREE;
  };

  function swap(i: number, j: number): void {
    Q.swapIndex(i, j);
    swapAt(y, i, j);
    swapAt(G, i, j);
    swapAt(status, i, j);
    swapAt(alpha, i, j);
    swapAt(activeSet, i, j);
    swapAt(Gbar, i, j);
  }

  function reconstructGradient(): void {
    if (activeSize === l) return;
    let nrFree = 0;
    for (let j = activeSize; j < l; j++) G[j] = Gbar[j] - 1;
    for (let j = 0; j < activeSize; j++) if (status[j] === FREE) nrFree++;
    if (nrFree * l > 2 * activeSize * (l - activeSize)) {
      for (let i = activeSize; i < l; i++) {
        const Qi = Q.column(i, activeSize);
        let g = G[i];
        for (let j = 0; j < activeSize; j++) if (status[j] === FREE) g += alpha[j] * Qi[j];
        G[i] = g;
      }
    } else {
      for (let i = 0; i < activeSize; i++) {
        if (status[i] !== FREE) continue;
        const Qi = Q.column(i, l);
        const ai = alpha[i];
        for (let j = activeSize; j < l; j++) G[j] += ai * Qi[j];
      }
    }
  }

  function beShrunk(i: number, gmax1: number, gmax2: number): boolean {
    if (isUpper(i)) return y[i] === 1 ? -G[i] > gmax1 : -G[i] > gmax2;
    if (isLower(i)) return y[i] === 1 ? G[i] > gmax2 : G[i] > gmax1;
    return false;
  }

  function doShrinking(): void {
    let gmax1 = -Infinity; // max −y_i ∇f_i over I_up
    let gmax2 = -Infinity; // max y_i ∇f_i over I_low
    for (let i = 0; i < activeSize; i++) {
      if (y[i] === 1) {
        if (!isUpper(i) && -G[i] >= gmax1) gmax1 = -G[i];
        if (!isLower(i) && G[i] >= gmax2) gmax2 = G[i];
      } else {
        if (!isUpper(i) && -G[i] >= gmax2) gmax2 = -G[i];
        if (!isLower(i) && G[i] >= gmax1) gmax1 = G[i];
      }
    }
    if (!unshrink && gmax1 + gmax2 <= eps * 10) {
      unshrink = true;
      reconstructGradient();
      activeSize = l;
    }
    for (let i = 0; i < activeSize; i++) {
      if (!beShrunk(i, gmax1, gmax2)) continue;
      activeSize--;
      while (activeSize > i) {
        if (!beShrunk(activeSize, gmax1, gmax2)) {
          swap(i, activeSize);
          break;
        }
        activeSize--;
      }
    }
  }

  // WSS3: i maximises −y∇f over I_up; j minimises the second-order decrease −b²/a over I_low.
  let outI = -1;
  let outJ = -1;
  // The I_up maximiser found while updating the gradient, valid until the active set changes.
  let knownMax = false;
  let upMax = -Infinity;
  let upIdx = -1;
  /** Offers position k as the I_up maximiser; ties go to the higher position, as a forward scan's ≥ does. */
  function offerUp(k: number): void {
    const v = y[k] === 1 ? (isUpper(k) ? Number.NaN : -G[k]) : isLower(k) ? Number.NaN : G[k];
    if (v > upMax || (v === upMax && k > upIdx)) {
      upMax = v;
      upIdx = k;
    }
  }

  function selectWorkingSet(): boolean {
    if (!knownMax) {
      upMax = -Infinity;
      upIdx = -1;
      for (let t = 0; t < activeSize; t++) offerUp(t);
    }
    knownMax = false;
    const gmax = upMax;
    let gmax2 = -Infinity;
    const gmaxIdx = upIdx;
    let gminIdx = -1;
    let objDiffMin = Infinity;
    const i = gmaxIdx;
    const Qi = i !== -1 ? Q.column(i, activeSize) : null;
    const yi = i !== -1 ? y[i] : 0;
    const QDi = i !== -1 ? QD[i] : 0;
    // y_j·G_j and y_i·y_j·Q_ij fold the two label cases into one without changing a bit: the
    // products by ±1 are exact and x − a equals x + (−a).
    for (let j = 0; j < activeSize; j++) {
      const yj = y[j];
      if (status[j] === (yj === 1 ? LOWER : UPPER)) continue;
      const g = yj * G[j];
      if (g >= gmax2) gmax2 = g;
      const gradDiff = gmax + g;
      if (gradDiff <= 0) continue;
      const quad = QDi + QD[j] - 2 * yi * yj * Qi![j];
      const objDiff = -(gradDiff * gradDiff) / (quad > 0 ? quad : TAU);
      if (objDiff <= objDiffMin) {
        gminIdx = j;
        objDiffMin = objDiff;
      }
    }
    if (gmax + gmax2 < eps || gminIdx === -1) return false;
    outI = gmaxIdx;
    outJ = gminIdx;
    return true;
  }

  function updateGbar(i: number, wasUpper: boolean): void {
    if (wasUpper === isUpper(i)) return;
    const Qi = Q.column(i, l);
    const c = wasUpper ? -C : C;
    for (let k = 0; k < l; k++) Gbar[k] += c * Qi[k];
  }

  let iter = 0;
  let counter = Math.min(l, 1000) + 1;
  let converged = true;
  for (;;) {
    if (iter >= opts.maxIter || (iter % 1000 === 0 && opts.signal?.aborted)) {
      converged = false;
      if (activeSize < l) {
        reconstructGradient();
        activeSize = l;
      }
      break;
    }
    if (--counter === 0) {
      counter = Math.min(l, 1000);
      if (shrinking) {
        doShrinking();
        knownMax = false;
      }
    }
    if (!selectWorkingSet()) {
      reconstructGradient();
      activeSize = l;
      knownMax = false;
      if (!selectWorkingSet()) break;
      counter = 1; // shrink again on the next iteration
    }
    iter++;
    const i = outI;
    const j = outJ;
    const Qi = Q.column(i, activeSize);
    const Qj = Q.column(j, activeSize);
    const oldAi = alpha[i];
    const oldAj = alpha[j];
    solvePair(alpha, G, QD, y, i, j, Qi[j], C);
    const dai = alpha[i] - oldAi;
    const daj = alpha[j] - oldAj;
    // The gradient update also finds the next I_up maximiser; i and j join once their status is set.
    let best = -Infinity;
    let bestIdx = -1;
    for (let k = 0; k < activeSize; k++) {
      const g = G[k] + (Qi[k] * dai + Qj[k] * daj); // LIBSVM's summation order, to the bit
      G[k] = g;
      const yk = y[k];
      const v = status[k] === (yk === 1 ? UPPER : LOWER) ? -Infinity : -yk * g;
      if (v >= best && v !== -Infinity && k !== i && k !== j) {
        best = v;
        bestIdx = k;
      }
    }
    const wasUpperI = isUpper(i);
    const wasUpperJ = isUpper(j);
    setStatus(i);
    setStatus(j);
    upMax = best;
    upIdx = bestIdx;
    offerUp(i);
    offerUp(j);
    knownMax = true;
    updateGbar(i, wasUpperI);
    updateGbar(j, wasUpperJ);
  }

  const rho = calculateRho(l, y, G, status);
  const coef = new Float64Array(l);
  for (let i = 0; i < l; i++) coef[activeSet[i]] = alpha[i] * y[i];
  return { coef, rho, iterations: iter, converged };
}

function calculateRho(l: number, y: Int8Array, G: Float64Array, status: Uint8Array): number {
  let nrFree = 0;
  let ub = Infinity;
  let lb = -Infinity;
  let sumFree = 0;
  for (let i = 0; i < l; i++) {
    const yG = y[i] * G[i];
    if (status[i] === UPPER) {
      if (y[i] === -1) ub = Math.min(ub, yG);
      else lb = Math.max(lb, yG);
    } else if (status[i] === LOWER) {
      if (y[i] === 1) ub = Math.min(ub, yG);
      else lb = Math.max(lb, yG);
    } else {
      nrFree++;
      sumFree += yG;
    }
  }
  return nrFree > 0 ? sumFree / nrFree : (ub + lb) / 2;
}

function swapAt(a: Float64Array | Int32Array | Int8Array | Uint8Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
