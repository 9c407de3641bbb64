import { useEffect, useRef } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import { useGroupShown } from './ControlGroup';
import { LessonLinkBuilder } from './LessonLinkBuilder';
import { togglePresenterMode } from './presenter-mode';
import { ThemePicker } from './ThemePicker';
import { useDisplayRoot } from './use-display-root';
import './display.css';
import './themes.css';
import './presenter.css';

function PresenterToggle() {
  const presenting = useAppState((s) => s.presenting);
  return (
    <button
      type="button"
      aria-pressed={presenting}
      aria-keyshortcuts="p"
      onClick={togglePresenterMode}
    >
      Presenter mode <kbd>p</kbd>
    </button>
  );
}

/** The header's display controls; a lesson link's viewer gets "Show all controls" instead. */
export function DisplayTools() {
  const displayShown = useGroupShown('display');
  const restricted = useAppState((s) => s.controls !== null);
  useDisplayRoot(displayShown);
  const tools = useRef<HTMLDivElement>(null);
  const wasRestricted = useRef(restricted);
  useEffect(() => {
    // "Show all controls" is gone once pressed: the focus goes to the first control here.
    if (wasRestricted.current && !restricted)
      tools.current?.querySelector<HTMLElement>('select, button')?.focus();
    wasRestricted.current = restricted;
  }, [restricted]);
  return (
    <div className="display-tools" ref={tools}>
      {restricted && (
        <button type="button" onClick={() => appStore.getState().showAllControls()}>
          Show all controls
        </button>
      )}
      {displayShown && (
        <>
          <ThemePicker />
          <PresenterToggle />
        </>
      )}
      {!restricted && <LessonLinkBuilder />}
    </div>
  );
}
