// Presenter mode goes full screen when the browser allows it. A refusal (no user gesture, an
// iframe, a browser that cannot) keeps presenter mode on in the window, with a notice saying so.
import { appStore } from '../../state/app-store';

/** Whether full screen was ours, so leaving it (Esc) also leaves presenter mode. */
let ownFullScreen = false;

export async function enterPresenterMode(): Promise<void> {
  const state = appStore.getState();
  state.setPresenting(true);
  const root = document.documentElement;
  if (document.fullscreenElement) return;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
    state.addNotice('This browser cannot go full screen here; presenter mode is on in the window.');
    return;
  }
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    ownFullScreen = true;
  } catch {
    state.addNotice(
      'The browser refused full screen; presenter mode is on in the window (F11 fills the screen).',
    );
  }
}

export function leavePresenterMode(): void {
  appStore.getState().setPresenting(false);
  if (ownFullScreen && document.fullscreenElement) void document.exitFullscreen();
  ownFullScreen = false;
}

export function togglePresenterMode(): void {
  if (appStore.getState().presenting) leavePresenterMode();
  else void enterPresenterMode();
}

/** Esc (or the browser's own control) ended our full screen: presenting ends with it. */
export function onFullScreenChange(): void {
  if (document.fullscreenElement || !ownFullScreen) return;
  ownFullScreen = false;
  appStore.getState().setPresenting(false);
}
