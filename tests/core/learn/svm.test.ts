import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionValues, fitSvc, predictSvc, scaleGamma } from '../../../src/core/learn/svm';
import { createRandom } from '../../../src/core/random';

interface SvmFixture {
  X: number[][];
  y: number[];
  T: number[][];
  gamma: number;
  support: number[];
  n_support: number[];
  dual_coef: number[][];
  intercept: number[];
  decision_ovo: number[][];
  predict_train: number[];
  predict_test: number[];
}

function load(name: string): SvmFixture {
  const url = new URL(`../../reference/fixtures/svm-${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as SvmFixture;
}

const flat = (rows: number[][]) => Float64Array.from(rows.flat());

describe('fitSvc against scikit-learn SVC(gamma="scale")', () => {
  for (const name of ['binary-2d', 'three-class-3d', 'binary-5d-scaled', 'binary-13d']) {
    describe(name, () => {
      const f = load(name);
      const d = f.X[0].length;
      const X = flat(f.X);
      const model = fitSvc(X, d, Int32Array.from(f.y));

      it('uses the same gamma', () => {
        expect(model.gamma).toBeCloseTo(f.gamma, 12);
      });

      it('finds the same support vectors, in the same order', () => {
        expect(Array.from(model.support)).toEqual(f.support);
        expect(Array.from(model.nSupport)).toEqual(f.n_support);
      });

      // Both solvers stop at the same tolerance on the same path; float32 kernel columns and
      // summation order leave differences far below tol = 1e-3.
      it('has the same dual coefficients and intercepts within 1e-6', () => {
        const nSV = f.support.length;
        f.dual_coef.forEach((row, r) => {
          row.forEach((v, s) => {
            expect(Math.abs(model.dualCoef[r * nSV + s] - v)).toBeLessThan(1e-6);
          });
        });
        f.intercept.forEach((v, p) => {
          expect(Math.abs(model.intercept[p] - v)).toBeLessThan(1e-6);
        });
      });

      it('gives the same decision values and predictions', () => {
        const dec = decisionValues(model, flat(f.T));
        const P = f.intercept.length;
        f.decision_ovo.forEach((row, r) => {
          row.forEach((v, p) => {
            expect(Math.abs(dec[r * P + p] - v)).toBeLessThan(1e-6);
          });
        });
        expect(Array.from(predictSvc(model, X))).toEqual(f.predict_train);
        expect(Array.from(predictSvc(model, flat(f.T)))).toEqual(f.predict_test);
      });
    });
  }
});

describe('fitSvc', () => {
  function twoBlobs(n: number, seed: number): { X: Float64Array; y: Int32Array } {
    const r = createRandom(seed);
    const X = new Float64Array(n * 2);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = i % 4 === 0 ? 1 : 0;
      X[2 * i] = r.normal() + 1.5 * y[i];
      X[2 * i + 1] = r.normal() + y[i];
    }
    return { X, y };
  }

  // 2,000 rows take enough iterations for shrinking, gradient reconstruction and eviction to run.
  const big = twoBlobs(2000, 5);
  const shrunk = fitSvc(big.X, 2, big.y);

  it('meets the KKT conditions within the tolerance, through shrinking and reconstruction', () => {
    const f = decisionValues(shrunk, big.X);
    const coef = new Map(Array.from(shrunk.support, (row, s) => [row, shrunk.dualCoef[s]]));
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      // Class code 0 is LIBSVM's +1 side.
      const margin = (big.y[i] === 0 ? 1 : -1) * f[i];
      const a = Math.abs(coef.get(i) ?? 0);
      if (a === 0) expect(margin).toBeGreaterThan(1 - 2e-3);
      else if (a === 1) expect(margin).toBeLessThan(1 + 2e-3);
      else expect(Math.abs(margin - 1)).toBeLessThan(2e-3);
      checked++;
    }
    expect(checked).toBe(2000);
  });

  it('finds the same solution with a tiny column cache, and nearly the same without shrinking', () => {
    const tinyCache = fitSvc(big.X, 2, big.y, { cacheMegabytes: 0 });
    expect(Array.from(tinyCache.dualCoef)).toEqual(Array.from(shrunk.dualCoef));
    expect(Array.from(tinyCache.support)).toEqual(Array.from(shrunk.support));
    const plain = fitSvc(big.X, 2, big.y, { shrinking: false });
    const a = new Set(shrunk.support);
    const b = new Set(plain.support);
    const differ = [...a].filter((i) => !b.has(i)).length + [...b].filter((i) => !a.has(i)).length;
    expect(differ).toBeLessThanOrEqual(2);
    expect(Math.abs(shrunk.intercept[0] - plain.intercept[0])).toBeLessThan(1e-3);
  });

  it('satisfies the dual constraints: 0 < |coef| ≤ C and coefficients summing to 0', () => {
    const { X, y } = twoBlobs(300, 9);
    const model = fitSvc(X, 2, y, { C: 0.5 });
    let sum = 0;
    for (const c of model.dualCoef) {
      expect(Math.abs(c)).toBeGreaterThan(0);
      expect(Math.abs(c)).toBeLessThanOrEqual(0.5);
      sum += c;
    }
    expect(Math.abs(sum)).toBeLessThan(1e-9);
    expect(model.converged).toBe(true);
  });

  it('separates well-separated classes perfectly and keeps the classes codes it was given', () => {
    const X = Float64Array.from([0, 0, 0.2, 0.1, 0.1, 0.3, 5, 5, 5.2, 4.9, 4.8, 5.1]);
    const y = Int32Array.from([3, 3, 3, 7, 7, 7]);
    const model = fitSvc(X, 2, y);
    expect(Array.from(model.classes)).toEqual([3, 7]);
    expect(Array.from(predictSvc(model, Float64Array.from([0.1, 0.1, 5, 5])))).toEqual([3, 7]);
  });

  it("computes gamma='scale' from the variance of every entry", () => {
    // Entries 0, 2, 4, 6: mean 3, variance 5; d = 2 → γ = 1/10.
    expect(scaleGamma(Float64Array.from([0, 2, 4, 6]), 2)).toBeCloseTo(0.1, 15);
    expect(scaleGamma(Float64Array.from([3, 3, 3, 3]), 2)).toBe(1);
  });
});
