// Puts the theme and presenter mode on the root element, follows the system's colour scheme while
// no theme is chosen, and answers the page-wide p key.
import { useEffect } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import type { ThemeName } from '../../state/display-params';
import { selectTheme } from '../../state/display-slice';
import { isTyping } from '../help/typing-target';
import { onFullScreenChange, togglePresenterMode } from './presenter-mode';

const CONTRAST_QUERY = '(prefers-contrast: more)';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): ThemeName {
  if (window.matchMedia(CONTRAST_QUERY).matches) return 'contrast';
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function useDisplayRoot(keyEnabled: boolean): void {
  const theme = useAppState(selectTheme);
  const presenting = useAppState((s) => s.presenting);

  useEffect(() => {
    const update = () => appStore.getState().setSystemTheme(systemTheme());
    update();
    const queries = [CONTRAST_QUERY, DARK_QUERY].map((q) => window.matchMedia(q));
    for (const query of queries) query.addEventListener('change', update);
    return () => {
      for (const query of queries) query.removeEventListener('change', update);
    };
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presenting = '';
    else delete root.dataset.presenting;
  }, [presenting]);

  useEffect(() => {
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullScreenChange);
  }, []);

  useEffect(() => {
    if (!keyEnabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'p' || event.ctrlKey || event.metaKey || event.altKey) return;
      // Not while typing, nor under an open dialog (the help or the link builder).
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      togglePresenterMode();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyEnabled]);
}
