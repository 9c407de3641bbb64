import { describe, expect, it } from 'vitest';
import { createAppStore, type StoreDeps } from '../../src/state/store';
import { type AddressBar, syncUrl } from '../../src/state/url-sync';
import { LESSON_QUERIES } from '../../src/ui/lessons/lesson-list';
import { diskWorker, openStore } from './catalog-fixture';

function lessonStore(deps: StoreDeps) {
  const store = createAppStore({ ...deps, companionWorker: diskWorker() });
  store.getState().setLessonQueries(LESSON_QUERIES);
  return store;
}

function memoryBar(): AddressBar {
  const bar = {
    search: '',
    pathname: '/',
    hash: '',
    replace(url: string) {
      bar.search = url.slice(url.indexOf('?'));
    },
  };
  return bar;
}

describe('lessons in the store', () => {
  it("opens a lesson link with the lesson's dataset, method, k, anchor and run", async () => {
    const { store, worker } = await openStore('?lesson=subgroups-large-k', lessonStore);
    const s = store.getState();
    expect(s.lesson).toBe('subgroups-large-k');
    expect(s.datasetName).toBe('blobs-split-minority');
    expect(s.method).toBe('SMOTE');
    expect(s.k).toBe(14);
    expect(s.anchor).toBe(300);
    expect(s.notices).toEqual([]);
    expect(worker.calls).toContain('resample SMOTE {"sampling_strategy":"auto","k_neighbors":14}');
    expect([...s.result!.countsAfter]).toEqual([300, 300]);
  });

  it('keeps the lesson when the view changes and writes it into the link', async () => {
    const { store } = await openStore('?lesson=k-too-small', lessonStore);
    const bar = memoryBar();
    syncUrl(store, bar);
    store.getState().setK(8);
    expect(store.getState().lesson).toBe('k-too-small');
    expect(bar.search).toMatch(/^\?lesson=k-too-small&dataset=clumped-minority&k=8&/);
    // The written link reopens the changed view, not the lesson's k = 3.
    const reopened = await openStore(bar.search, lessonStore);
    expect(reopened.store.getState().lesson).toBe('k-too-small');
    expect(reopened.store.getState().k).toBe(8);
  });

  it('ends the lesson when another dataset is opened, and on "No lesson"', async () => {
    const { store } = await openStore('?lesson=noisy-minority', lessonStore);
    await store.getState().pickDataset('two-points');
    expect(store.getState().lesson).toBeNull();
    await store.getState().chooseLesson('anchor-fairness');
    expect(store.getState().lesson).toBe('anchor-fairness');
    expect(store.getState().datasetName).toBe('moons-curved-minority');
    expect(store.getState().params.sampling_strategy).toBe(0.2);
    await store.getState().chooseLesson(null);
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().datasetName).toBe('moons-curved-minority');
  });

  it('runs a second method on the same data, seed and k in its own worker', async () => {
    const companionWorker = diskWorker();
    const { store, worker } = await openStore('?lesson=why-not-duplicate', (deps) => {
      const s = createAppStore({ ...deps, companionWorker });
      s.getState().setLessonQueries(LESSON_QUERIES);
      return s;
    });
    await store.getState().runCompanion('RandomOverSampler');
    const run = store.getState().companion!;
    expect(companionWorker.calls).toEqual([
      'resample RandomOverSampler {"sampling_strategy":"auto","shrinkage":null}',
    ]);
    expect(worker.calls.some((c) => c.startsWith('resample RandomOverSampler'))).toBe(false);
    expect(run.status).toBe('done');
    expect(run.dataset).toBe(store.getState().dataset);
    expect([...run.result!.countsAfter]).toEqual([300, 300]);
    // Every copy sits exactly on its original row.
    const data = store.getState().dataset!;
    const { syntheticX, provenance } = run.result!;
    for (let i = 0; i < provenance.anchor.length; i++) {
      const a = provenance.anchor[i];
      expect([...syntheticX.slice(i * 2, i * 2 + 2)]).toEqual([...data.X.slice(a * 2, a * 2 + 2)]);
    }
  });

  it("keeps the latest second run only, and shows a refusal as that run's message", async () => {
    const { store } = await openStore('?dataset=tiny-minority&k=5', lessonStore);
    const first = store.getState().runCompanion('RandomOverSampler');
    const second = store.getState().runCompanion('SMOTE');
    await Promise.all([first, second]);
    const run = store.getState().companion!;
    expect(run.method).toBe('SMOTE');
    expect(run.status).toBe('error');
    expect(run.error).toBe('class minority has 4 samples; k_neighbors can be at most 3 (it is 5)');
    store.getState().clearCompanion();
    expect(store.getState().companion).toBeNull();
  });
});
