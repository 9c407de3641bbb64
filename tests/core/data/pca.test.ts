import { describe, expect, it } from 'vitest';
import { fitPca, pcaScores, projectPca } from '../../../src/core/data/pca';

// scikit-learn 1.2: PCA(2).fit(StandardScaler().fit_transform(X)) on these six rows.
const X = Float64Array.from([1, 2, 3, 2, 1, 0, 4, 4, 5, 0, 3, 1, 5, 0, 2, 3, 3, 3]);
const SCORES = [
  0.004172359393596154, -0.6037267638819142, -1.6989414532622784, 0.02363670169891807,
  2.3112115326070697, 0.22294165378552713, -0.643858503846027, -1.665756985533275,
  -0.738219674575406, 2.0573184248244902, 0.7656357396830457, -0.03441303089374629,
];
const COMPONENTS = [
  0.26701070129589977, 0.6030198803161781, 0.751712916835233, 0.8297054247730804,
  -0.5406251319016255, 0.13897256872660813,
];

describe('projectPca', () => {
  const p = projectPca(X, 6, 3);

  it('matches scikit-learn’s scores, loadings and signs', () => {
    p.coords.forEach((v, k) => {
      expect(v).toBeCloseTo(SCORES[k], 10);
    });
    p.components.forEach((v, k) => {
      expect(v).toBeCloseTo(COMPONENTS[k], 10);
    });
    expect(p.explainedVarianceRatio[0]).toBeCloseTo(0.5429910203020468, 12);
    expect(p.explainedVarianceRatio[1]).toBeCloseTo(0.4124020762643154, 12);
  });

  it('gives a single feature one axis and zeros on the other; a tie flips to the first row', () => {
    const one = projectPca(Float64Array.from([1, 2, 3]), 3, 1);
    expect([...one.coords].map((v) => Number(v.toFixed(12)) + 0)).toEqual([
      1.224744871392, 0, 0, 0, -1.224744871392, 0,
    ]);
    expect(one.explainedVarianceRatio).toEqual([1, 0]);
  });
});

describe('fitPca and pcaScores', () => {
  it('projects new rows with the transform fitted on the data, as scikit-learn’s transform does', () => {
    const fit = fitPca(X, 6, 3);
    expect([...pcaScores(fit, X)]).toEqual([...projectPca(X, 6, 3).coords]);
    // The midpoint of rows 0 and 1 projects to the midpoint of their scores: the map is affine.
    const mid = pcaScores(fit, Float64Array.of(1.5, 1.5, 1.5));
    expect(mid[0]).toBeCloseTo((SCORES[0] + SCORES[2]) / 2, 12);
    expect(mid[1]).toBeCloseTo((SCORES[1] + SCORES[3]) / 2, 12);
  });
});
