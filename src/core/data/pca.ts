// A 2-D view of many features: principal components of the standardised features, as
// scikit-learn's PCA(n_components=2) on StandardScaler output, signs fixed as its svd_flip does
// (the score of largest magnitude on each component is positive). Eigenvectors by Jacobi sweeps.
import { applyScaling, fitScaling, type Scaling } from './scaling';

export interface Projection {
  /** Row-major n x 2 coordinates. */
  coords: Float64Array;
  /** Row-major 2 x d loadings (unit vectors in standardised feature space). */
  components: Float64Array;
  /** Share of the total variance each component explains. */
  explainedVarianceRatio: [number, number];
}

/** Eigen-decomposition of a symmetric d x d matrix (row-major, destroyed): values, vectors as columns. */
function symmetricEigen(
  A: Float64Array,
  d: number,
): { values: Float64Array; vectors: Float64Array } {
  const V = new Float64Array(d * d);
  for (let i = 0; i < d; i++) V[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += A[p * d + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = A[p * d + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * d + q] - A[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = A[k * d + p];
          const akq = A[k * d + q];
          A[k * d + p] = c * akp - s * akq;
          A[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = A[p * d + k];
          const aqk = A[q * d + k];
          A[p * d + k] = c * apk - s * aqk;
          A[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = V[k * d + p];
          const vkq = V[k * d + q];
          V[k * d + p] = c * vkp - s * vkq;
          V[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(d);
  for (let i = 0; i < d; i++) values[i] = A[i * d + i];
  return { values, vectors: V };
}

/** A fitted projection: standardise, then two unit loadings; applies to rows it was not fitted on. */
export interface PcaFit {
  scaling: Scaling;
  /** Row-major 2 x d loadings (unit vectors in standardised feature space). */
  components: Float64Array;
  explainedVarianceRatio: [number, number];
}

/** Row-major m x 2 scores of row-major rows (d values each) under a fitted projection. */
export function pcaScores(fit: PcaFit, X: Float64Array): Float64Array {
  const d = fit.scaling.center.length;
  const m = d === 0 ? 0 : X.length / d;
  const Z = applyScaling(fit.scaling, X);
  const out = new Float64Array(m * 2);
  for (let c = 0; c < 2; c++) {
    for (let i = 0; i < m; i++) {
      let score = 0;
      for (let j = 0; j < d; j++) score += Z[i * d + j] * fit.components[c * d + j];
      out[i * 2 + c] = score;
    }
  }
  return out;
}

/** Fits the first two principal components of row-major X (n rows, d features), standardised. */
export function fitPca(X: Float64Array, n: number, d: number): PcaFit {
  const scaling = fitScaling(X, n, d, 'standardise');
  const Z = applyScaling(scaling, X);
  const C = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const za = Z[i * d + a];
      for (let b = a; b < d; b++) C[a * d + b] += za * Z[i * d + b];
    }
  }
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) C[b * d + a] = C[a * d + b];
  const { values, vectors } = symmetricEigen(C, d);
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a]);
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const components = new Float64Array(2 * d);
  const ratio: [number, number] = [0, 0];
  for (let c = 0; c < Math.min(2, d); c++) {
    const e = order[c];
    ratio[c] = total > 0 ? Math.max(values[e], 0) / total : 0;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      let score = 0;
      for (let j = 0; j < d; j++) score += Z[i * d + j] * vectors[j * d + e];
      if (Math.abs(score) > Math.abs(largest)) largest = score;
    }
    const sign = largest < 0 ? -1 : 1;
    for (let j = 0; j < d; j++) components[c * d + j] = sign * vectors[j * d + e];
  }
  return { scaling, components, explainedVarianceRatio: ratio };
}

/** Projects row-major X (n rows, d features) on its first two principal components. */
export function projectPca(X: Float64Array, n: number, d: number): Projection {
  const fit = fitPca(X, n, d);
  const { components, explainedVarianceRatio } = fit;
  return { coords: pcaScores(fit, X), components, explainedVarianceRatio };
}
