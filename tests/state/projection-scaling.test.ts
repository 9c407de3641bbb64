import { describe, expect, it, vi } from 'vitest';
import { classRows } from '../../src/core/data/dataset';
import { fitPca, pcaScores } from '../../src/core/data/pca';
import { selectMisplacedNeighbors, selectScalingChange } from '../../src/state/neighbor-views';
import { selectViewParams, selectWalkthrough } from '../../src/state/selectors';
import { parseViewQuery, viewQuery } from '../../src/state/url-params';
import { selectRowPoints, selectViewProjection } from '../../src/state/view-projection';
import { misplacedText, scalingChangeText } from '../../src/ui/neighbor-notes-text';
import { catalog, methods, openStore } from './catalog-fixture';

const LOANS = '?dataset=loan-default&k=3&anchor=0&seed=0';

describe('scale and proj in the URL', () => {
  it('reads scale=standard|minmax|none and proj=pca, and flags other values', () => {
    const read = (q: string) => parseViewQuery(`?dataset=loan-default&${q}`, catalog, methods);
    expect(read('scale=standard&proj=pca').asked).toEqual({ scale: 'standardise', proj: 'pca' });
    expect(read('scale=minmax').asked).toEqual({ scale: 'min-max' });
    expect(read('scale=none').asked).toEqual({ scale: 'none' });
    expect(read('scale=zscore&proj=tsne').notices).toEqual([
      "The link's scale=zscore is not none, standard or minmax; using none.",
      "The link's proj=tsne is not pca; the plot shows two feature columns.",
    ]);
  });

  it('writes them back only when they differ from the default', async () => {
    const { store } = await openStore(`${LOANS}&scale=minmax&proj=pca`);
    const params = selectViewParams(store.getState())!;
    expect(params).toMatchObject({ scale: 'min-max', proj: 'pca' });
    const query = new URLSearchParams(viewQuery(params, 3));
    expect([query.get('scale'), query.get('proj')]).toEqual(['minmax', 'pca']);
    store.getState().setScaling('none');
    store.getState().setProjection('columns');
    const plain = new URLSearchParams(viewQuery(selectViewParams(store.getState())!, 3));
    expect([plain.has('scale'), plain.has('proj')]).toEqual([false, false]);
  });
});

describe('feature scaling in the walkthrough', () => {
  it('says which neighbours standardising swaps in and out on loan-default', async () => {
    const { store } = await openStore(LOANS);
    const neighbors = () => {
      const walk = selectWalkthrough(store.getState());
      return walk?.ok ? [...walk.value.neighbors] : null;
    };
    // Income (tens of thousands) outweighs age (tens) until the features are standardised.
    expect(neighbors()).toEqual([1, 3, 5]);
    expect(selectScalingChange(store.getState())).toBeNull();
    store.getState().setScaling('standardise');
    expect(neighbors()).toEqual([1, 2, 4]);
    const change = selectScalingChange(store.getState())!;
    expect(change).toEqual({
      from: 'none',
      to: 'standardise',
      k: 3,
      added: [2, 4],
      dropped: [3, 5],
    });
    expect(scalingChangeText(change)).toBe(
      'With standardised features, rows 2 and 4 are now among the 3 nearest; rows 3 and 5 are not (with unscaled features they were).',
    );
  });

  it('redoes a resampling on screen under the new scaling, and leaves an idle view idle', async () => {
    const { store, worker } = await openStore(`${LOANS}&resampled=1`);
    expect(store.getState().result?.scaling).toBe('none');
    store.getState().setScaling('min-max');
    await vi.waitFor(() => expect(store.getState().result?.scaling).toBe('min-max'));
    expect(worker.calls.filter((c) => c.startsWith('resample'))).toHaveLength(2);

    const idle = await openStore(LOANS);
    idle.store.getState().setScaling('standardise');
    expect(idle.store.getState().resampleStatus).toBe('idle');
    expect(idle.worker.calls.some((c) => c.startsWith('resample'))).toBe(false);
  });

  it('keeps the children in the file’s units: x = anchor + λ·(neighbour − anchor)', async () => {
    const { store } = await openStore(`${LOANS}&scale=standard`);
    const data = store.getState().dataset!;
    const walk = selectWalkthrough(store.getState());
    if (!walk?.ok) throw new Error('no walkthrough');
    const { X, neighbor, gap } = walk.value.children;
    expect(gap.length).toBe(3);
    for (let i = 0; i < gap.length; i++) {
      for (let j = 0; j < 3; j++) {
        const x = data.X[j];
        expect(X[i * 3 + j]).toBe(x + gap[i] * (data.X[neighbor[i] * 3 + j] - x));
      }
    }
  });
});

describe('the PCA view', () => {
  it('plots PC1 and PC2 of the standardised features, labelled with their variance', async () => {
    const { store } = await openStore(`${LOANS}&proj=pca`);
    const s = store.getState();
    const data = s.dataset!;
    const projection = selectViewProjection(s)!;
    const scores = pcaScores(fitPca(data.X, data.n, data.d), data.X);
    const points = selectRowPoints(s)!;
    expect([...points.xs]).toEqual([...scores.filter((_, k) => k % 2 === 0)]);
    expect([...points.ys]).toEqual([...scores.filter((_, k) => k % 2 === 1)]);
    expect(projection.xLabel).toMatch(
      /^PC1 of the standardised features \(\d+\.\d% of the variance\)$/,
    );
    expect(s.boundaryError).toBeNull();
    s.setBoundaryMode('plain');
    expect(store.getState().boundaryError).toMatch(/not shaded in the PCA view/);
  });

  it('ranks by the plot’s own pixels once it is drawn: equal units per pixel keep the raw ranks', async () => {
    const { store } = await openStore(LOANS);
    // Before the plot reports its scales, each axis counts as fitted to the same length: loan_amount
    // spans less than income, so it is stretched, and rows 3 and 5 look farther than row 2.
    const fitted = selectMisplacedNeighbors(store.getState());
    expect(fitted.map((m) => [m.row, m.looksNearer, m.reason.kind])).toEqual([
      [3, 2, 'stretch'],
      [5, 2, 'stretch'],
    ]);
    // A dollar is as long on both axes: the unscaled search's income and loan_amount are what the
    // eye sees, and age alone does not reorder them.
    store.getState().setViewPixels({ x: 0.01, y: 0.01 });
    expect(selectMisplacedNeighbors(store.getState())).toEqual([]);
  });

  it('says so when a link asks for PCA on two features, and plots the two columns', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&proj=pca');
    const s = store.getState();
    expect(s.projection).toBe('columns');
    expect(s.notices.map((n) => n.text)).toEqual([
      'proj=pca needs three or more numeric features; this dataset has 2, so the plot shows them as they are.',
    ]);
  });

  it('names a neighbour that looks farther than a non-neighbour, and why', async () => {
    const { store } = await openStore(`${LOANS}&scale=standard`);
    const s = store.getState();
    const misplaced = selectMisplacedNeighbors(s);
    expect(misplaced.map((m) => [m.row, m.rank, m.looksNearer])).toEqual([[4, 2, 5]]);
    // On the income and loan_amount axes, each fitted to the plot, row 5 sits nearer row 0 than
    // row 4 does, though row 4 is the nearer in all three standardised features.
    const data = s.dataset!;
    const minority = classRows(data, data.y[0]);
    const span = (j: number) => {
      const v = Array.from({ length: data.n }, (_, i) => data.X[i * 3 + j]);
      return Math.max(...v) - Math.min(...v);
    };
    const seen = (row: number) =>
      Math.hypot(
        (data.X[row * 3] - data.X[0]) / span(0),
        (data.X[row * 3 + 1] - data.X[1]) / span(1),
      );
    expect(minority).toContain(5);
    expect(seen(5)).toBeLessThan(0.9 * seen(4));
    expect(misplacedText(misplaced[0], 3)).toBe(
      'Row 4 is the 3rd nearest in all 3 features but looks farther than row 5 (and 1 other non-neighbour) here, because row 5 is farther away in age, which is not on the axes.',
    );
  });
});
