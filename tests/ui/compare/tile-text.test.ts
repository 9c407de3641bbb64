import { describe, expect, it } from 'vitest';
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
    const domain = tileDomain(svm.data, [svm.summary, smote.summary], 0, 1);
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
});
