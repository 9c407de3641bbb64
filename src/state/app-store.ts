// The page's one store, its worker, and the hook components read it with.
import { useStore } from 'zustand';
import { createWorkerClient } from '../worker/client';
import { type AppState, createAppStore } from './store';

export const appStore = createAppStore({ worker: createWorkerClient(), base: document.baseURI });

/** Components select single values (or memoised ones) so they re-render only when those change. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
