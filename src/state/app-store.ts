// The page's one store, its worker, and the hook components read it with.
import { useStore } from 'zustand';
import { createWorkerClient } from '../worker/client';
import { type AppState, createAppStore } from './store';

// Files are read in a worker of their own, so cancelling a read never stops a run, and the other way round.
export const appStore = createAppStore({
  worker: createWorkerClient(),
  data: createWorkerClient(),
  base: document.baseURI,
});

/** Components select single values (or memoised ones) so they re-render only when those change. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
