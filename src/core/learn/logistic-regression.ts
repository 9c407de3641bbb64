// L2-regularised logistic regression as scikit-learn's LogisticRegression (C = 1, binary): it
// minimises C · Σ wᵢ · logloss(i) + ½‖β‖² with the intercept unpenalised. scikit-learn runs
// L-BFGS to tol 1e-4; we run Newton's method to a much tighter gradient, which reaches the same
// optimum (so coefficients agree to the precision L-BFGS stops at).
import { fail, type Outcome, ok } from '../outcome';
import {
  classWeights,
  countPositives,
  type FitOptions,
  type FittedClassifier,
  type TrainingSet,
} from './classifier';

export interface LogisticModel extends FittedClassifier {
  coef: Float64Array;
  intercept: number;
  iterations: number;
}

export interface LogisticOptions extends FitOptions {
  C?: number;
  maxIter?: number;
}

const GRADIENT_TOL = 1e-10;

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves the symmetric positive definite system A x = b (A is m × m, row-major) by Cholesky. */
function solveSpd(A: Float64Array, b: Float64Array, m: number): Float64Array {
  const L = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i * m + j];
      for (let k = 0; k < j; k++) sum -= L[i * m + k] * L[j * m + k];
      if (i === j) {
        if (!(sum > 0)) throw new Error('logistic regression: Hessian is not positive definite');
        L[i * m + i] = Math.sqrt(sum);
      } else L[i * m + j] = sum / L[j * m + j];
    }
  }
  const z = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= L[i * m + k] * z[k];
    z[i] = sum / L[i * m + i];
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < m; k++) sum -= L[k * m + i] * x[k];
    x[i] = sum / L[i * m + i];
  }
  return x;
}

/** Parameters β (d coefficients, then the intercept) → objective value. */
function objective(data: TrainingSet, w: Float64Array, beta: Float64Array, C: number): number {
  const { X, d, y } = data;
  let loss = 0;
  for (let i = 0; i < y.length; i++) {
    let z = beta[d];
    for (let j = 0; j < d; j++) z += X[i * d + j] * beta[j];
    // log(1 + e^(−s·z)) written to stay finite for large |z|
    const s = y[i] === 1 ? -z : z;
    loss += w[i] * (s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s)));
  }
  let penalty = 0;
  for (let j = 0; j < d; j++) penalty += beta[j] * beta[j];
  return C * loss + penalty / 2;
}

function model(beta: Float64Array, d: number, iterations: number): LogisticModel {
  const coef = beta.slice(0, d);
  const intercept = beta[d];
  return {
    coef,
    intercept,
    iterations,
    predictProba(X) {
      const n = d === 0 ? 0 : X.length / d;
      const p = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let z = intercept;
        for (let j = 0; j < d; j++) z += X[i * d + j] * coef[j];
        p[i] = sigmoid(z);
      }
      return p;
    },
  };
}

export function fitLogisticRegression(
  data: TrainingSet,
  options: LogisticOptions = {},
): Outcome<LogisticModel> {
  const { X, d, y } = data;
  const n = y.length;
  const positives = countPositives(y);
  if (positives === 0 || positives === n) {
    return fail(`logistic regression needs both classes in its training rows; got ${n} of one`);
  }
  const C = options.C ?? 1;
  const maxIter = options.maxIter ?? 100;
  const w = classWeights(y, options.balanced ?? false);
  const m = d + 1;
  let beta = new Float64Array(m);
  let current = objective(data, w, beta, C);
  for (let iter = 1; iter <= maxIter; iter++) {
    const grad = new Float64Array(m);
    const H = new Float64Array(m * m);
    const row = new Float64Array(m);
    row[d] = 1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) row[j] = X[i * d + j];
      let z = beta[d];
      for (let j = 0; j < d; j++) z += row[j] * beta[j];
      const p = sigmoid(z);
      const g = C * w[i] * (p - y[i]);
      const h = C * w[i] * p * (1 - p);
      for (let a = 0; a < m; a++) {
        grad[a] += g * row[a];
        for (let b = 0; b <= a; b++) H[a * m + b] += h * row[a] * row[b];
      }
    }
    let gradNorm = 0;
    for (let j = 0; j < d; j++) {
      grad[j] += beta[j];
      H[j * m + j] += 1;
    }
    for (let a = 0; a < m; a++) {
      gradNorm = Math.max(gradNorm, Math.abs(grad[a]));
      for (let b = 0; b < a; b++) H[b * m + a] = H[a * m + b];
    }
    if (gradNorm <= GRADIENT_TOL * Math.max(1, C * n)) return ok(model(beta, d, iter - 1));
    // A tiny ridge keeps the unpenalised intercept's row definite on separable data.
    H[d * m + d] += 1e-12;
    const step = solveSpd(H, grad, m);
    // Newton decrement: the predicted gain of the step; below rounding, β is the optimum.
    let decrement = 0;
    for (let a = 0; a < m; a++) decrement += grad[a] * step[a];
    if (decrement / 2 <= 1e-13 * Math.max(1, current)) return ok(model(beta, d, iter - 1));
    // Backtracking keeps every step downhill, which Newton alone does not promise far from β*.
    let t = 1;
    let next = beta;
    let value = current;
    for (let tries = 0; tries < 50; tries++) {
      next = beta.map((b, a) => b - t * step[a]);
      value = objective(data, w, next, C);
      if (value <= current) break;
      t /= 2;
    }
    if (value > current) return ok(model(beta, d, iter));
    beta = next;
    current = value;
  }
  return ok(model(beta, d, maxIter));
}
