import { describe, expect, it } from 'vitest';
import {
  selectManualPoint,
  selectNeighborRow,
  selectSyntheticDetails,
  selectViewParams,
  selectWalkthrough,
} from '../../src/state/selectors';
import { BASE, openStore } from './catalog-fixture';

const round = (values: ArrayLike<number>) => Array.from(values, (v) => Number(v.toPrecision(10)));

describe('the app store', () => {
  it('opens the fraud link with anchor 0, its three neighbours and the point (136, 260)', async () => {
    const { store, worker } = await openStore(
      '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0',
    );
    const s = store.getState();
    expect(worker.calls).toContain(`load ${BASE}datasets/fraud-walkthrough.csv`);
    expect(s.notices).toEqual([]);
    const walk = selectWalkthrough(s);
    expect(walk?.ok && [...walk.value.neighbors]).toEqual([1, 2, 3]);
    expect(walk?.ok && walk.value.children.gap.length).toBe(3);
    expect(selectNeighborRow(s)).toBe(1);
    expect(round(selectManualPoint(s)!)).toEqual([136, 260]);
    expect(selectWalkthrough(store.getState())).toBe(walk);
  });

  it('explains a k that is too large instead of throwing', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&anchor=0');
    store.getState().setK(10);
    const walk = selectWalkthrough(store.getState());
    expect(walk?.ok === false && walk.error.message).toBe(
      'class fraud has 8 samples; k_neighbors can be at most 7 (it is 10)',
    );
    expect(selectManualPoint(store.getState())).toBeNull();
  });

  it('falls back with notices when the link names rows that do not fit', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=6');
    const s = store.getState();
    expect(s.neighbor).toBe(1);
    expect(s.notices.map((n) => n.text)).toEqual([
      "neighbor=6 is not one of row 0's 3 nearest neighbours (rows 1, 2, 3); using row 1.",
    ]);
    const majority = await openStore('?dataset=fraud-walkthrough&anchor=20');
    expect(majority.store.getState().anchor).toBeNull();
    expect(majority.store.getState().notices[0].text).toBe(
      'anchor=20 is in the majority class legitimate; SMOTE anchors are minority rows.',
    );
  });

  it('resamples in the worker with auto strategy and redoes it when k changes', async () => {
    const { store, worker } = await openStore('?dataset=fraud-walkthrough&k=3');
    await store.getState().resample();
    let s = store.getState();
    expect(worker.calls).toContain('resample SMOTE {"sampling_strategy":"auto","k_neighbors":3}');
    expect([...s.result!.countsBefore]).toEqual([8, 40]);
    expect([...s.result!.countsAfter]).toEqual([40, 40]);
    s.selectSynthetic({ source: 'resample', index: 5 });
    const details = selectSyntheticDetails(store.getState())!;
    expect(details.values).toEqual(s.result!.syntheticX.slice(10, 12));
    expect(details.anchor).toBe(s.result!.provenance.anchor[5]);

    s.setK(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    s = store.getState();
    expect(s.selection).toBeNull();
    expect(worker.calls.at(-1)).toBe('resample SMOTE {"sampling_strategy":"auto","k_neighbors":2}');
    expect(selectViewParams(s)?.resampled).toBe(true);
  });

  it('refuses a majority row as anchor with a notice', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough');
    store.getState().selectAnchor(30);
    expect(store.getState().anchor).toBe(0);
    expect(store.getState().notices.at(-1)?.text).toBe(
      'Row 30 is in the majority class legitimate; SMOTE only interpolates between minority rows.',
    );
  });

  it('opens a picked dataset with its own presets and axes', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough');
    await store.getState().openDataset('loan-default');
    const s = store.getState();
    expect([s.xFeature, s.yFeature]).toEqual([0, 1]);
    expect(round(selectManualPoint(s)!)).toEqual([33000, 18000, 28]);
    expect(selectViewParams(s)).toMatchObject({ dataset: 'loan-default', x: 'income' });
  });
});
