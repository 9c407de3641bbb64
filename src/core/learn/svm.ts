// An RBF-kernel C-support vector classifier, as scikit-learn's SVC(kernel='rbf', C=1,
// gamma='scale', tol=1e-3): one SMO problem per pair of classes (one-vs-one, LIBSVM's layout),
// support vectors reported as input row indices grouped by class, prediction by pairwise vote.
import { RbfQMatrix } from './rbf-q-matrix';
import { type SmoSolution, solveSmo } from './smo-solver';

export interface SvcOptions {
  C?: number;
  /** A positive number, or 'scale' = 1 / (d · Var(X over all entries)). */
  gamma?: number | 'scale';
  tol?: number;
  shrinking?: boolean;
  /** Memory for cached kernel columns, per binary problem (scikit-learn's cache_size). */
  cacheMegabytes?: number;
  /** Iteration cap per binary problem; defaults to LIBSVM's max(10⁷, 100·l). */
  maxIter?: number;
  signal?: { readonly aborted: boolean };
}

export interface SvcModel {
  d: number;
  gamma: number;
  /** Class codes seen in training, ascending (scikit-learn's classes_). */
  classes: Int32Array;
  /** Input rows that are support vectors, grouped by class, ascending within a class (support_). */
  support: Int32Array;
  /** Support vectors per class (n_support_). */
  nSupport: Int32Array;
  /** Feature values of the support vectors, row-major, in `support` order. */
  supportVectors: Float64Array;
  /** LIBSVM's sv_coef, (K−1) × nSV row-major (scikit-learn's _dual_coef_). */
  dualCoef: Float64Array;
  /** −rho per class pair (0,1), (0,2), …, (1,2), … (scikit-learn's _intercept_). */
  intercept: Float64Array;
  /** False if any binary problem stopped at the iteration cap or was cancelled. */
  converged: boolean;
  iterations: number;
}

/** 1 / (d · population variance of every entry of X); 1 when X is constant. */
export function scaleGamma(X: Float64Array, d: number): number {
  const m = X.length;
  if (m === 0) return 1;
  let mean = 0;
  for (let t = 0; t < m; t++) mean += X[t];
  mean /= m;
  let v = 0;
  for (let t = 0; t < m; t++) v += (X[t] - mean) * (X[t] - mean);
  v /= m;
  return v === 0 ? 1 : 1 / (d * v);
}

/** Trains on every row of X (row-major, d columns) with class codes y. Needs two classes or more. */
export function fitSvc(
  X: Float64Array,
  d: number,
  y: Int32Array,
  options: SvcOptions = {},
): SvcModel {
  const C = options.C ?? 1;
  const gamma =
    options.gamma === undefined || options.gamma === 'scale' ? scaleGamma(X, d) : options.gamma;
  const classes = Int32Array.from(new Set(y)).sort();
  const K = classes.length;
  if (K < 2) throw new Error(`an SVC needs at least 2 classes; got ${K}`);
  const rowsOf = Array.from(classes, (c) => Int32Array.from(indicesOf(y, c)));
  const cacheBytes = (options.cacheMegabytes ?? 200) * 1024 * 1024;
  const pairs: { coefI: Float64Array; coefJ: Float64Array; rho: number }[] = [];
  const isSupport = Array.from(rowsOf, (rows) => new Uint8Array(rows.length));
  let converged = true;
  let iterations = 0;
  for (let a = 0; a < K; a++) {
    for (let b = a + 1; b < K; b++) {
      const ra = rowsOf[a];
      const rb = rowsOf[b];
      const l = ra.length + rb.length;
      const sub = new Float64Array(l * d);
      const sy = new Int8Array(l);
      for (let p = 0; p < l; p++) {
        const row = p < ra.length ? ra[p] : rb[p - ra.length];
        sub.set(X.subarray(row * d, row * d + d), p * d);
        sy[p] = p < ra.length ? 1 : -1;
      }
      const Q = new RbfQMatrix(sub, d, sy, gamma, cacheBytes);
      let sol: SmoSolution;
      try {
        sol = solveSmo(Q, sy, {
          C,
          tol: options.tol ?? 1e-3,
          shrinking: options.shrinking ?? true,
          maxIter: options.maxIter ?? Math.max(10_000_000, 100 * l),
          signal: options.signal,
        });
      } finally {
        Q.release();
      }
      converged &&= sol.converged;
      iterations += sol.iterations;
      const coefI = sol.coef.subarray(0, ra.length);
      const coefJ = sol.coef.subarray(ra.length);
      for (let p = 0; p < ra.length; p++) if (coefI[p] !== 0) isSupport[a][p] = 1;
      for (let p = 0; p < rb.length; p++) if (coefJ[p] !== 0) isSupport[b][p] = 1;
      pairs.push({ coefI, coefJ, rho: sol.rho });
    }
  }
  return assembleModel(X, d, gamma, classes, rowsOf, isSupport, pairs, converged, iterations);
}

function assembleModel(
  X: Float64Array,
  d: number,
  gamma: number,
  classes: Int32Array,
  rowsOf: Int32Array[],
  isSupport: Uint8Array[],
  pairs: { coefI: Float64Array; coefJ: Float64Array; rho: number }[],
  converged: boolean,
  iterations: number,
): SvcModel {
  const K = classes.length;
  const nSupport = Int32Array.from(isSupport, (flags) => flags.reduce((s, f) => s + f, 0));
  const start = new Int32Array(K);
  for (let c = 1; c < K; c++) start[c] = start[c - 1] + nSupport[c - 1];
  const nSV = start[K - 1] + nSupport[K - 1];
  const support = new Int32Array(nSV);
  // Position of each class row within the support list, −1 when it is not a support vector.
  const svPos = rowsOf.map((rows, c) => {
    const pos = new Int32Array(rows.length).fill(-1);
    let s = start[c];
    for (let p = 0; p < rows.length; p++) {
      if (isSupport[c][p]) {
        pos[p] = s;
        support[s++] = rows[p];
      }
    }
    return pos;
  });
  const supportVectors = new Float64Array(nSV * d);
  for (let s = 0; s < nSV; s++)
    supportVectors.set(X.subarray(support[s] * d, support[s] * d + d), s * d);
  const dualCoef = new Float64Array((K - 1) * nSV);
  const intercept = new Float64Array(pairs.length);
  let p = 0;
  for (let a = 0; a < K; a++) {
    for (let b = a + 1; b < K; b++) {
      const { coefI, coefJ, rho } = pairs[p];
      // LIBSVM: class a's coefficients for pair (a, b) go to row b−1, class b's to row a.
      for (let q = 0; q < coefI.length; q++)
        if (svPos[a][q] >= 0) dualCoef[(b - 1) * nSV + svPos[a][q]] = coefI[q];
      for (let q = 0; q < coefJ.length; q++)
        if (svPos[b][q] >= 0) dualCoef[a * nSV + svPos[b][q]] = coefJ[q];
      intercept[p++] = -rho;
    }
  }
  return {
    d,
    gamma,
    classes,
    support,
    nSupport,
    supportVectors,
    dualCoef,
    intercept,
    converged,
    iterations,
  };
}

function* indicesOf(y: Int32Array, c: number): Generator<number> {
  for (let i = 0; i < y.length; i++) if (y[i] === c) yield i;
}

/** One-vs-one decision values per point, pairs in the order of `intercept`; positive favours the first class. */
export function decisionValues(model: SvcModel, points: Float64Array): Float64Array {
  const { d, gamma, classes, nSupport, supportVectors, dualCoef, intercept } = model;
  const K = classes.length;
  const nSV = model.support.length;
  const q = d === 0 ? 0 : points.length / d;
  const start = new Int32Array(K);
  for (let c = 1; c < K; c++) start[c] = start[c - 1] + nSupport[c - 1];
  const kvalue = new Float64Array(nSV);
  const out = new Float64Array(q * intercept.length);
  for (let r = 0; r < q; r++) {
    for (let s = 0; s < nSV; s++) {
      let sum = 0;
      for (let t = 0; t < d; t++) {
        const diff = points[r * d + t] - supportVectors[s * d + t];
        sum += diff * diff;
      }
      kvalue[s] = Math.exp(-gamma * sum);
    }
    let p = 0;
    for (let a = 0; a < K; a++) {
      for (let b = a + 1; b < K; b++) {
        let sum = 0;
        for (let s = start[a]; s < start[a] + nSupport[a]; s++)
          sum += dualCoef[(b - 1) * nSV + s] * kvalue[s];
        for (let s = start[b]; s < start[b] + nSupport[b]; s++)
          sum += dualCoef[a * nSV + s] * kvalue[s];
        out[r * intercept.length + p] = sum + intercept[p];
        p++;
      }
    }
  }
  return out;
}

/** Predicted class code per point: most pairwise votes, ties to the lower class (LIBSVM). */
export function predictSvc(model: SvcModel, points: Float64Array): Int32Array {
  const K = model.classes.length;
  const P = model.intercept.length;
  const dec = decisionValues(model, points);
  const q = dec.length / P;
  const out = new Int32Array(q);
  const votes = new Int32Array(K);
  for (let r = 0; r < q; r++) {
    votes.fill(0);
    let p = 0;
    for (let a = 0; a < K; a++) {
      for (let b = a + 1; b < K; b++) votes[dec[r * P + p++] > 0 ? a : b]++;
    }
    let best = 0;
    for (let c = 1; c < K; c++) if (votes[c] > votes[best]) best = c;
    out[r] = model.classes[best];
  }
  return out;
}
