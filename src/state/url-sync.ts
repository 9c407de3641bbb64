// Keeps the address bar on the view with replaceState, so a link reproduces it without filling
// the history with every slider step.
import { displayQuery } from './display-params';
import { selectDisplay } from './display-slice';
import { withLesson } from './lesson-link';
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

/**
 * Writes the view to the address bar now and after every change; returns the unsubscribe.
 * With `delayMs`, a burst of changes (a slider drag) is written at most once per `delayMs`: browsers
 * throttle pages that call replaceState hundreds of times. The first change of a burst starts the
 * timer and later ones do not push it back, so a steady stream of changes cannot starve the link.
 */
export function syncUrl(store: AppStore, bar: AddressBar, delayMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const state: AppState = store.getState();
    const params = selectViewParams(state);
    if (!params || !state.dataset) return;
    const entry = state.catalog.find((e) => e.name === params.dataset);
    const source = state.datasetSource ?? 'built-in';
    const view = withLesson(
      viewQuery(params, state.dataset.d, entry?.defaults.method, source),
      state.lesson,
    );
    const display = displayQuery(selectDisplay(state)).toString().replace(/%2C/g, ',');
    const query = display ? `${view}&${display}` : view;
    if (query !== bar.search) bar.replace(`${bar.pathname}${query}${bar.hash}`);
  };
  write();
  const unsubscribe = store.subscribe(() => {
    if (delayMs <= 0) return write();
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      write();
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
