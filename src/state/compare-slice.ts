// Compare slice: the small multiples. The dataset and seed on screen run under each ticked variant,
// one at a time through the page's worker client (the same sampler path as Resample), with
// progress and Cancel. A tile opens its method in the main view. Results belong to the dataset
// they were made on: opening another dataset clears them (and runs it, if the tiles are shown).

import type { StateCreator } from 'zustand/vanilla';
import type { Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import type { Params } from '../core/sampling/types';
import { JobCancelled, type ResampleSummary } from '../worker/client';
import { compareCandidates, compareParams } from './compare-plan';
import { findMethodInfo } from './method-params';
import type { AppState, StoreDeps } from './store';

export type TileStatus = 'waiting' | 'running' | 'done' | 'error' | 'cancelled';

export interface CompareTile {
  method: string;
  params: Params;
  status: TileStatus;
  summary: ResampleSummary | null;
  error: string | null;
}

/** What every tile of a comparison shares. */
export interface CompareRun {
  dataset: Dataset;
  datasetName: string;
  seed: number;
  k: number;
  /** The feature scaling the neighbours were searched under. */
  scaling: ScalingKind;
}

export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface CompareSlice {
  compareOpen: boolean;
  /** Variants the user unticked; every other one the dataset allows is compared. */
  compareSkipped: string[];
  compareStatus: CompareStatus;
  compareError: string | null;
  compareTiles: CompareTile[];
  compareRun: CompareRun | null;
  /** The running tile's own progress, 0 to 1. */
  compareProgress: number;
  /** Shows the small multiples, running them if there is nothing to show for this dataset. */
  openCompare(): void;
  closeCompare(): void;
  setCompareTicked(method: string, ticked: boolean): void;
  runCompare(): Promise<void>;
  cancelCompare(): void;
  /** Opens a finished tile's method in the main view, with its parameters and seed, resampled. */
  openComparedMethod(method: string): Promise<void>;
}

/** A foreign Cancel (another run stopping the shared worker) is retried this many times per tile. */
const RETRIES = 2;

export const createCompareSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], CompareSlice> =>
  (set, get, api) => {
    let latest = 0;
    api.subscribe((state, previous) => {
      if (state.dataset === previous.dataset) return;
      latest++;
      set({ compareTiles: [], compareRun: null, compareStatus: 'idle', compareProgress: 0 });
      // With the tiles on screen, another dataset is compared as soon as it has loaded.
      if (state.compareOpen && state.dataset) void get().runCompare();
    });
    const patchTile = (index: number, patch: Partial<CompareTile>) =>
      set({
        compareTiles: get().compareTiles.map((t, i) => (i === index ? { ...t, ...patch } : t)),
      });

    return {
      compareOpen: false,
      compareSkipped: [],
      compareStatus: 'idle',
      compareError: null,
      compareTiles: [],
      compareRun: null,
      compareProgress: 0,

      openCompare() {
        set({ compareOpen: true });
        if (get().compareTiles.length === 0) void get().runCompare();
      },

      closeCompare() {
        set({ compareOpen: false });
      },

      setCompareTicked(method, ticked) {
        const skipped = get().compareSkipped.filter((m) => m !== method);
        set({ compareSkipped: ticked ? skipped : [...skipped, method] });
      },

      async runCompare() {
        const { dataset, datasetName, methods, params, seed, k, scaling, compareSkipped } = get();
        if (!dataset || !datasetName) return;
        const names = compareCandidates(methods, dataset).filter(
          (m) => !compareSkipped.includes(m),
        );
        if (names.length === 0) {
          set({ compareStatus: 'error', compareError: 'Variants: tick at least one to compare.' });
          return;
        }
        if (get().compareStatus === 'running') get().cancelCompare();
        const ticket = ++latest;
        const tiles: CompareTile[] = names.map((method) => {
          const info = findMethodInfo(methods, method);
          const own = info ? compareParams(info, params, k) : {};
          return { method, params: own, status: 'waiting', summary: null, error: null };
        });
        set({
          compareTiles: tiles,
          compareRun: { dataset, datasetName, seed, k, scaling },
          compareStatus: 'running',
          compareError: null,
          compareProgress: 0,
        });
        for (let i = 0, retries = 0; i < tiles.length; i++) {
          if (ticket !== latest) return;
          patchTile(i, { status: 'running' });
          set({ compareProgress: 0 });
          const { method, params: own } = tiles[i];
          const request = { dataset, method, params: own, seed, scaling };
          const onProgress = (fraction: number) => {
            if (ticket === latest) set({ compareProgress: fraction });
          };
          try {
            const out = await deps.worker.resample(request, onProgress);
            if (ticket !== latest) return;
            if (out.ok) patchTile(i, { status: 'done', summary: out.value });
            else patchTile(i, { status: 'error', error: out.error.message });
          } catch (error) {
            if (ticket !== latest) return;
            if (error instanceof JobCancelled && retries < RETRIES) {
              // Another run stopped the shared worker under this tile: run the tile again.
              retries++;
              i--;
              continue;
            }
            patchTile(i, { status: 'error', error: String(error) });
          }
          retries = 0;
        }
        set({ compareStatus: 'done', compareProgress: 1 });
      },

      cancelCompare() {
        if (get().compareStatus !== 'running') return;
        latest++;
        // Cancel stops the shared worker, so a main run queued behind the tiles is started again.
        const mainRunning = get().resampleStatus === 'running';
        deps.worker.cancel();
        set({
          compareStatus: 'cancelled',
          compareProgress: 0,
          compareTiles: get().compareTiles.map((t) =>
            t.status === 'waiting' || t.status === 'running' ? { ...t, status: 'cancelled' } : t,
          ),
        });
        if (mainRunning) void get().resample();
      },

      async openComparedMethod(method) {
        const run = get().compareRun;
        const tile = get().compareTiles.find((t) => t.method === method && t.status === 'done');
        if (!run || !tile || run.dataset !== get().dataset) return;
        get().clearResult();
        get().selectSynthetic(null);
        set({
          method: tile.method,
          params: tile.params,
          seed: run.seed,
          k: run.k,
          compareOpen: false,
        });
        await get().resample();
      },
    };
  };
