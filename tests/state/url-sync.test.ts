import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { type AddressBar, syncUrl } from '../../src/state/url-sync';
import { BASE, catalog, diskWorker } from './catalog-fixture';

function fakeBar(search: string): AddressBar & { writes: string[] } {
  const bar = {
    search,
    pathname: '/app/',
    hash: '',
    writes: [] as string[],
    replace(url: string) {
      bar.writes.push(url);
      bar.search = url.slice(url.indexOf('?'));
    },
  };
  return bar;
}

describe('syncUrl', () => {
  it('writes nothing until a dataset is open, then one replace per real change', async () => {
    const store = createAppStore({ worker: diskWorker(), base: BASE });
    store.getState().setCatalog(catalog);
    const bar = fakeBar('?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0');
    syncUrl(store, bar);
    expect(bar.writes).toEqual([]);

    await store.getState().openDataset('fraud-walkthrough', { k: 3, anchor: 0, neighbor: 1 });
    expect(bar.writes).toEqual([
      '/app/?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0&samples=3',
    ]);
    store.getState().setCursor(2);
    expect(bar.writes).toHaveLength(1);
    store.getState().setSeed(9);
    store.getState().selectAnchor(2);
    expect(bar.writes.at(-1)).toBe(
      '/app/?dataset=fraud-walkthrough&k=3&anchor=2&neighbor=0&lambda=0.4&seed=9&samples=3',
    );
  });

  it('writes a burst of changes once, after the delay', async () => {
    vi.useFakeTimers();
    try {
      const store = createAppStore({ worker: diskWorker(), base: BASE });
      store.getState().setCatalog(catalog);
      await store.getState().openDataset('fraud-walkthrough');
      const bar = fakeBar('');
      syncUrl(store, bar, 120);
      expect(bar.writes).toHaveLength(1);
      for (const lambda of [0.1, 0.2, 0.3, 0.35]) store.getState().setLambda(lambda);
      expect(bar.writes).toHaveLength(1);
      vi.advanceTimersByTime(120);
      expect(bar.writes).toHaveLength(2);
      expect(bar.writes[1]).toContain('&lambda=0.35&');
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not starved by a steady stream of changes', async () => {
    vi.useFakeTimers();
    try {
      const store = createAppStore({ worker: diskWorker(), base: BASE });
      store.getState().setCatalog(catalog);
      await store.getState().openDataset('fraud-walkthrough');
      const bar = fakeBar('');
      syncUrl(store, bar, 120);
      // A change every 50 ms for a second: the link still follows within the delay.
      for (let i = 1; i <= 20; i++) {
        store.getState().setLambda(i / 40);
        vi.advanceTimersByTime(50);
      }
      vi.advanceTimersByTime(120);
      expect(bar.writes.length).toBeGreaterThanOrEqual(8);
      expect(bar.writes.at(-1)).toContain('&lambda=0.5&');
    } finally {
      vi.useRealTimers();
    }
  });
});
