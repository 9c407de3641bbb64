// Keeps the address bar on the view with replaceState, so a link reproduces it without filling
// the history with every slider step.
import { selectViewParams } from './selectors';
import type { AppState, AppStore } from './store';
import { viewQuery } from './url-params';

export interface AddressBar {
  readonly search: string;
  readonly pathname: string;
  readonly hash: string;
  replace(url: string): void;
}

export function browserAddressBar(): AddressBar {
  return {
    get search() {
      return window.location.search;
    },
    get pathname() {
      return window.location.pathname;
    },
    get hash() {
      return window.location.hash;
    },
    replace: (url) => window.history.replaceState(window.history.state, '', url),
  };
}

/** Writes the view to the address bar now and after every change; returns the unsubscribe. */
export function syncUrl(store: AppStore, bar: AddressBar): () => void {
  const write = (state: AppState) => {
    const params = selectViewParams(state);
    if (!params || !state.dataset) return;
    const query = viewQuery(params, state.dataset.d);
    if (query !== bar.search) bar.replace(`${bar.pathname}${query}${bar.hash}`);
  };
  write(store.getState());
  return store.subscribe(write);
}
