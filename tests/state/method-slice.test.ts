import { describe, expect, it } from 'vitest';
import { selectSyntheticDetails, selectViewParams } from '../../src/state/selectors';
import { openStore } from './catalog-fixture';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('method and parameters in the store', () => {
  it('starts with the registry methods from the worker and the link’s method and parameters', async () => {
    const { store, worker } = await openStore(
      '?dataset=overlap-noisy-minority&method=BorderlineSMOTE&p.kind=borderline-2&resampled=1',
    );
    const s = store.getState();
    expect(s.methods.map((m) => m.name)).toContain('SMOTEENN');
    expect(s.params).toEqual({
      sampling_strategy: 'auto',
      k_neighbors: 5,
      m_neighbors: 10,
      kind: 'borderline-2',
    });
    expect(worker.calls.at(-1)).toBe(
      'resample BorderlineSMOTE {"sampling_strategy":"auto","k_neighbors":5,"m_neighbors":10,"kind":"borderline-2"}',
    );
    expect(s.result?.diagnostics.danger).toHaveLength(23);
    expect(s.result?.diagnostics.noise).toHaveLength(5);
    expect(selectViewParams(s)?.params).toEqual({ kind: 'borderline-2' });
  });

  it('switching method resets its parameters and reruns a shown result', async () => {
    const { store, worker } = await openStore('?dataset=overlap-noisy-minority&resampled=1');
    store.getState().setParam('k_neighbors', 4);
    await settle();
    store.getState().setMethod('TomekLinks');
    expect(store.getState().result).toBeNull();
    await settle();
    const s = store.getState();
    expect(s.params).toEqual({ sampling_strategy: 'auto' });
    expect(worker.calls.at(-1)).toBe('resample TomekLinks {"sampling_strategy":"auto"}');
    expect(s.result?.removed).toHaveLength(20);
    expect([...s.result!.countsAfter]).toEqual([380, 46]);
  });

  it('keeps the last result when a parameter is invalid, and names the parameter', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3&resampled=1');
    const shown = store.getState().result;
    expect(shown).not.toBeNull();
    store.getState().setParam('k_neighbors', 0);
    await settle();
    let s = store.getState();
    expect(s.resampleStatus).toBe('error');
    expect(s.resampleError).toBe(
      "The 'k_neighbors' parameter of SMOTE must be an int in the range [1, inf); got 0.",
    );
    expect(s.resampleErrorParam).toBe('k_neighbors');
    expect(s.result).toBe(shown);
    expect(s.k).toBe(3);
    expect(selectViewParams(s)?.params).toEqual({ k_neighbors: '0' });

    s.setParam('k_neighbors', 4);
    await settle();
    s = store.getState();
    expect(s.resampleStatus).toBe('done');
    expect(s.k).toBe(4);
    expect(s.result).not.toBe(shown);
    expect(selectViewParams(s)?.params).toEqual({});
  });

  it('k from the walkthrough is the method’s k_neighbors', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3&method=SVMSMOTE');
    store.getState().setK(2);
    expect(store.getState().params.k_neighbors).toBe(2);
    store.getState().setMethod('ADASYN');
    store.getState().setK(4);
    expect(store.getState().params).toEqual({ sampling_strategy: 'auto', n_neighbors: 5 });
  });

  it('another dataset keeps the method and its changed parameters', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3');
    store.getState().setMethod('BorderlineSMOTE');
    store.getState().setParam('m_neighbors', 3);
    await store.getState().pickDataset('moons-curved-minority');
    const s = store.getState();
    expect(s.method).toBe('BorderlineSMOTE');
    expect(s.params).toMatchObject({ m_neighbors: 3, k_neighbors: 5 });
  });

  it('details of a resampled point say whether a cleaner removed it, with its categories', async () => {
    const { store } = await openStore(
      '?dataset=overlap-noisy-minority&method=SMOTEENN&resampled=1',
    );
    const result = store.getState().result!;
    const removed = result.removed.find((p) => p >= result.nInput)!;
    store.getState().selectSynthetic({ source: 'resample', index: removed - result.nInput });
    expect(selectSyntheticDetails(store.getState())).toMatchObject({ removed: true });
    const mixed = await openStore('?dataset=subscriptions-mixed&resampled=1');
    mixed.store.getState().selectSynthetic({ source: 'resample', index: 0 });
    const details = selectSyntheticDetails(mixed.store.getState())!;
    expect(details.removed).toBe(false);
    expect(details.codes).toHaveLength(2);
  });

  it('a clicked majority row is inspected, not made the anchor', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough');
    store.getState().selectAnchor(30);
    expect(store.getState()).toMatchObject({ anchor: 0, inspectedRow: 30 });
    store.getState().selectAnchor(2);
    expect(store.getState()).toMatchObject({ anchor: 2, inspectedRow: null });
  });
});
