import { describe, expect, it } from 'vitest';
import { compareCandidates, compareParams } from '../../src/state/compare-plan';
import { selectViewParams } from '../../src/state/selectors';
import { createAppStore, type StoreDeps } from '../../src/state/store';
import { viewQuery } from '../../src/state/url-params';
import { resample } from '../../src/worker/api';
import { JobCancelled } from '../../src/worker/client';
import { methods, openStore } from './catalog-fixture';
import { NUMERIC_VARIANTS as NUMERIC } from './compare-variants';

/** The disk worker, with resample calls that can be held, or made to fail as a Cancel would. */
function heldStore() {
  const held: (() => void)[] = [];
  let hold = false;
  let cancelNext = 0;
  const make = (deps: StoreDeps) => {
    const worker = deps.worker;
    const plain = worker.resample.bind(worker);
    worker.resample = async (request, onProgress) => {
      if (cancelNext > 0) {
        cancelNext--;
        throw new JobCancelled();
      }
      if (hold) await new Promise<void>((release) => held.push(release));
      return plain(request, onProgress);
    };
    return createAppStore(deps);
  };
  return {
    make,
    hold: (on: boolean) => {
      hold = on;
    },
    cancelNext: (times: number) => {
      cancelNext = times;
    },
    release: () => {
      for (const go of held.splice(0)) go();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the variants compared', () => {
  it('are the over-samplers and combinations the data allows, with the shared parameters', async () => {
    const fraud = await openStore('?dataset=fraud-walkthrough');
    const data = fraud.store.getState().dataset!;
    expect(compareCandidates(methods, data)).toEqual(NUMERIC);
    const mixed = await openStore('?dataset=subscriptions-mixed');
    expect(compareCandidates(methods, mixed.store.getState().dataset!)).toEqual([
      'RandomOverSampler',
      'SMOTENC',
      'SMOTEN',
    ]);
    const borderline = methods.find((m) => m.name === 'BorderlineSMOTE')!;
    const current = { sampling_strategy: 0.5, k_neighbors: 3, out_step: 0.2 };
    expect(compareParams(borderline, current, 3)).toEqual({
      sampling_strategy: 0.5,
      k_neighbors: 3,
      m_neighbors: 10,
      kind: 'borderline-1',
    });
  });
});

describe('the compare slice', () => {
  it('runs every variant with the seed on screen, one at a time, as Resample would', async () => {
    const { store, worker } = await openStore('?dataset=fraud-walkthrough&k=3&seed=7');
    store.getState().openCompare();
    expect(store.getState().compareStatus).toBe('running');
    while (store.getState().compareStatus === 'running') await tick();
    const s = store.getState();
    expect(s.compareStatus).toBe('done');
    expect(s.compareRun).toMatchObject({ datasetName: 'fraud-walkthrough', seed: 7, k: 3 });
    expect(s.compareTiles.map((t) => t.method)).toEqual(NUMERIC);
    expect(
      worker.calls.filter((c) => c.startsWith('resample')).map((c) => c.split(' ')[1]),
    ).toEqual(NUMERIC);
    for (const tile of s.compareTiles) {
      expect(tile.status, `${tile.method}: ${tile.error}`).toBe('done');
      const direct = resample({
        dataset: s.dataset!,
        method: tile.method,
        params: tile.params,
        seed: 7,
      });
      expect(direct.ok && [...direct.value.countsAfter]).toEqual([...tile.summary!.countsAfter]);
      expect(direct.ok && direct.value.syntheticX).toEqual(tile.summary!.syntheticX);
    }
    expect([...s.compareTiles[0].summary!.countsAfter]).toEqual([40, 40]);
    expect(s.compareTiles[0].params).toEqual({ sampling_strategy: 'auto', k_neighbors: 3 });
  });

  it('leaves out unticked variants and says so when none is left', async () => {
    const { store } = await openStore('?dataset=subscriptions-mixed');
    store.getState().setCompareTicked('RandomOverSampler', false);
    await store.getState().runCompare();
    expect(store.getState().compareTiles.map((t) => t.method)).toEqual(['SMOTENC', 'SMOTEN']);
    store.getState().setCompareTicked('SMOTENC', false);
    store.getState().setCompareTicked('SMOTEN', false);
    await store.getState().runCompare();
    expect(store.getState().compareStatus).toBe('error');
    expect(store.getState().compareError).toBe('Variants: tick at least one to compare.');
    store.getState().setCompareTicked('SMOTENC', true);
    expect(store.getState().compareSkipped).toEqual(['RandomOverSampler', 'SMOTEN']);
  });

  it('stops on Cancel, marking the tiles not run, and restarts a main run the Cancel stopped', async () => {
    const held = heldStore();
    const { store, worker } = await openStore('?dataset=fraud-walkthrough&k=3', held.make);
    held.hold(true);
    const running = store.getState().runCompare();
    await tick();
    expect(store.getState().compareTiles[0].status).toBe('running');
    void store.getState().resample();
    const cancels = () => worker.calls.filter((c) => c === 'cancel').length;
    const before = cancels();
    store.getState().cancelCompare();
    expect(cancels()).toBeGreaterThan(before);
    held.hold(false);
    held.release();
    await running;
    const s = store.getState();
    expect(s.compareStatus).toBe('cancelled');
    expect(s.compareTiles.map((t) => t.status)).toEqual(NUMERIC.map(() => 'cancelled'));
    while (store.getState().resampleStatus === 'running') await tick();
    expect(store.getState().resampleStatus).toBe('done');
    expect([...store.getState().result!.countsAfter]).toEqual([40, 40]);
  });

  it('runs a tile again when another run cancels the shared worker under it', async () => {
    const held = heldStore();
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3', held.make);
    held.cancelNext(1);
    await store.getState().runCompare();
    expect(store.getState().compareTiles.every((t) => t.status === 'done')).toBe(true);
    held.cancelNext(3);
    await store.getState().runCompare();
    const first = store.getState().compareTiles[0];
    expect(first.status).toBe('error');
    expect(first.error).toContain('cancelled');
    expect(store.getState().compareTiles[1].status).toBe('done');
  });

  it('opens a tile in the main view with its parameters and seed, resampled to its counts', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3&seed=4');
    await store.getState().runCompare();
    store.getState().setSeed(9);
    const tile = store.getState().compareTiles.find((t) => t.method === 'SMOTEENN')!;
    store.setState({ compareOpen: true });
    await store.getState().openComparedMethod('SMOTEENN');
    const s = store.getState();
    expect(s.compareOpen).toBe(false);
    expect(s.method).toBe('SMOTEENN');
    expect(s.seed).toBe(4);
    expect(s.params).toEqual(tile.params);
    expect(s.resampleStatus).toBe('done');
    expect([...s.result!.countsAfter]).toEqual([...tile.summary!.countsAfter]);
    expect([...s.result!.removed]).toEqual([...tile.summary!.removed]);
  });

  it('forgets the tiles when another dataset opens', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3');
    await store.getState().runCompare();
    expect(store.getState().compareTiles).toHaveLength(8);
    await store.getState().pickDataset('customer');
    expect(store.getState().compareTiles).toEqual([]);
    expect(store.getState().compareRun).toBeNull();
    await store.getState().openComparedMethod('SMOTE');
    expect(store.getState().result).toBeNull();
    expect(store.getState().compareStatus).toBe('idle');
  });

  it('opens from a link with compare=1 and writes it back while the tiles are shown', async () => {
    const { store } = await openStore('?dataset=customer&seed=6&compare=1');
    let s = store.getState();
    expect(s.notices).toEqual([]);
    expect(s.compareOpen).toBe(true);
    while (store.getState().compareStatus === 'running') await tick();
    s = store.getState();
    expect(s.compareRun).toMatchObject({ datasetName: 'customer', seed: 6 });
    expect(s.compareTiles.map((t) => t.method)).toEqual(NUMERIC);
    const link = () => {
      const view = selectViewParams(store.getState())!;
      return new URLSearchParams(viewQuery(view, 2)).get('compare');
    };
    expect(link()).toBe('1');
    s.closeCompare();
    expect(link()).toBeNull();
  });

  it('compares the next dataset at once while the tiles are shown', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3');
    store.getState().openCompare();
    while (store.getState().compareStatus === 'running') await tick();
    await store.getState().pickDataset('subscriptions-mixed');
    while (store.getState().compareStatus === 'running') await tick();
    const s = store.getState();
    expect(s.compareRun?.datasetName).toBe('subscriptions-mixed');
    expect(s.compareTiles.map((t) => `${t.method} ${t.status}`)).toEqual([
      'RandomOverSampler done',
      'SMOTENC done',
      'SMOTEN done',
    ]);
  });
});
