// Dataset slice: the catalog of built-in datasets and the one on screen, loaded in the worker.
import type { Dataset } from '../core/data/dataset';
import { JobCancelled } from '../worker/client';
import { type DatasetEntry, datasetUrl } from './catalog';
import { carriedParamTexts, findMethodInfo, initialParams } from './method-params';
import { resolveRows } from './resolve-view';
import type { SliceCreator } from './store';
import { applyDefaults, type ViewParams } from './view-params';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DatasetSlice {
  catalog: DatasetEntry[];
  datasetName: string | null;
  dataset: Dataset | null;
  datasetStatus: LoadStatus;
  datasetError: string | null;
  setCatalog(catalog: DatasetEntry[]): void;
  /** Loads a built-in dataset and opens it with `asked` over the dataset's own defaults. */
  openDataset(name: string, asked?: Partial<ViewParams>): Promise<void>;
  /** Opens another built-in dataset with the method and parameters on screen. */
  pickDataset(name: string): Promise<void>;
}

export const createDatasetSlice: SliceCreator<DatasetSlice> = (deps) => (set, get) => {
  let latest = 0;
  return {
    catalog: [],
    datasetName: null,
    dataset: null,
    datasetStatus: 'idle',
    datasetError: null,
    setCatalog: (catalog) => set({ catalog }),

    async openDataset(name, asked = {}) {
      const entry = get().catalog.find((e) => e.name === name);
      if (!entry) {
        get().addNotice(`There is no built-in dataset named '${name}'.`);
        return;
      }
      const ticket = ++latest;
      deps.worker.cancel();
      get().clearResult();
      get().clearSelection();
      set({ datasetName: name, dataset: null, datasetStatus: 'loading', datasetError: null });
      get().cancelUpload();
      const reader = deps.data ?? deps.worker;
      let loaded: Awaited<ReturnType<typeof reader.loadDataset>>;
      try {
        loaded = await reader.loadDataset(datasetUrl(entry.file, deps.base));
      } catch (error) {
        if (error instanceof JobCancelled || ticket !== latest) return;
        set({ datasetStatus: 'error', datasetError: `${entry.file}: ${String(error)}` });
        return;
      }
      if (ticket !== latest) return;
      if (!loaded.ok) {
        set({ datasetStatus: 'error', datasetError: `${entry.file}: ${loaded.error.message}` });
        return;
      }
      get().rememberReport(loaded.value, 'built-in');
      const { dataset: data } = loaded.value;
      const view = applyDefaults(entry, asked, get().seed);
      const rows = resolveRows(data, view);
      const info = findMethodInfo(get().methods, view.method);
      set({
        dataset: data,
        datasetStatus: 'ready',
        method: info?.name ?? view.method,
        params: info ? initialParams(info, view.k, view.params) : {},
        k: view.k,
        seed: view.seed,
        samplesPerAnchor: view.samples,
        lambda: view.lambda,
        anchor: rows.anchor,
        neighbor: rows.neighbor,
        xFeature: rows.xFeature,
        yFeature: rows.yFeature,
        scaling: view.scale,
        previousScaling: null,
        projection: data.d > 2 ? view.proj : 'columns',
      });
      for (const text of rows.notices) get().addNotice(text);
      if (view.compare) get().openCompare();
      if (view.resampled) await get().resample();
    },

    pickDataset(name) {
      const { methods, method, params, k, scaling, projection } = get();
      const info = findMethodInfo(methods, method);
      const carried = info ? carriedParamTexts(info, params, k) : {};
      return get().openDataset(name, { method, params: carried, scale: scaling, proj: projection });
    },
  };
};
