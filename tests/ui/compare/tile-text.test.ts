import { describe, expect, it } from 'vitest';
import { columnsProjection, pcaProjection } from '../../../src/state/view-projection';
import { tileDomain } from '../../../src/ui/compare/tile-drawing';
import { minorityClass, tileMadeText, tileName } from '../../../src/ui/compare/tile-text';
import { resample } from '../../../src/worker/api';
import { openStore } from '../../state/catalog-fixture';

async function fraudRun(method: string) {
  const { store } = await openStore('?dataset=fraud-walkthrough&k=3');
  const data = store.getState().dataset!;
  const out = resample({ dataset: data, method, params: { k_neighbors: 3 }, seed: 0 });
  if (!out.ok) throw new Error(out.error.message);
  return { data, summary: out.value };
}

describe('a compared tile in words', () => {
  it('names the minority first, then any other class a cleaner changed', async () => {
    const smote = await fraudRun('SMOTE');
    expect(tileName(smote.summary, smote.data.classNames)).toBe('SMOTE: 8 → 40 fraud');
    expect(tileMadeText(smote.summary)).toBe('made 32 synthetic');
    const enn = await fraudRun('SMOTEENN');
    const after = enn.summary.countsAfter;
    expect(after[1]).toBeLessThan(40);
    expect(tileName(enn.summary, enn.data.classNames)).toBe(
      `SMOTEENN: 8 → ${after[0]} fraud, 40 → ${after[1]} legitimate`,
    );
    const removed = enn.summary.removed.length;
    expect(tileMadeText(enn.summary)).toBe(
      `made 32 synthetic · removed ${removed} ${removed === 1 ? 'row' : 'rows'}`,
    );
  });

  it('picks the smallest class, the first on a tie', () => {
    expect(minorityClass([40, 8])).toBe(1);
    expect(minorityClass([5, 9, 5])).toBe(0);
  });

  it('shares one domain that holds the data and every synthetic point, with round ends', async () => {
    const svm = await fraudRun('SVMSMOTE');
    const smote = await fraudRun('SMOTE');
    const projection = columnsProjection(svm.data, 0, 1);
    const rows = projection.points(svm.data.X);
    const domain = tileDomain(rows, [svm.summary, smote.summary], projection);
    const all = [svm.data.X, svm.summary.syntheticX, smote.summary.syntheticX];
    for (const X of all) {
      for (let i = 0; i < X.length; i += 2) {
        expect(X[i]).toBeGreaterThan(domain.x[0]);
        expect(X[i]).toBeLessThan(domain.x[1]);
        expect(X[i + 1]).toBeGreaterThan(domain.y[0]);
        expect(X[i + 1]).toBeLessThan(domain.y[1]);
      }
    }
    for (const end of [...domain.x, ...domain.y]) expect(end % 10).toBe(0);
  });

  it("takes the plot's projection: a PCA view bounds the principal-component scores", async () => {
    const { store } = await openStore('?dataset=loan-default&k=3');
    const data = store.getState().dataset!;
    const out = resample({ dataset: data, method: 'SMOTE', params: { k_neighbors: 3 }, seed: 0 });
    if (!out.ok) throw new Error(out.error.message);
    const projection = pcaProjection(data);
    const rows = projection.points(data.X);
    const domain = tileDomain(rows, [out.value], projection);
    const synthetic = projection.points(out.value.syntheticX);
    for (const p of [rows, synthetic]) {
      for (let i = 0; i < p.xs.length; i++) {
        expect(p.xs[i]).toBeGreaterThanOrEqual(domain.x[0]);
        expect(p.xs[i]).toBeLessThanOrEqual(domain.x[1]);
        expect(p.ys[i]).toBeGreaterThanOrEqual(domain.y[0]);
        expect(p.ys[i]).toBeLessThanOrEqual(domain.y[1]);
      }
    }
    // Standardised scores span a few units, not the dollars of the raw columns.
    expect(domain.x[1] - domain.x[0]).toBeLessThan(50);
  });
});
