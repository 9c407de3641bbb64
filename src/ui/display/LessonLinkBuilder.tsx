import { useEffect, useRef, useState } from 'react';
import { appStore } from '../../state/app-store';
import {
  CONTROL_GROUPS,
  type ControlGroup,
  type DisplayParams,
  groupShown,
  type ThemeName,
  withDisplay,
} from '../../state/display-params';
import { selectDisplay } from '../../state/display-slice';
import { GROUP_LABELS } from './control-labels';
import { ThemeSelect } from './ThemePicker';

interface Choice {
  controls: ControlGroup[];
  presenting: boolean;
  theme: ThemeName | null;
}

/** Every group ticked and no presenter mode is the full app: the link then needs no list. */
function linkDisplay(choice: Choice): DisplayParams {
  const all = choice.controls.length === CONTROL_GROUPS.length;
  return {
    theme: choice.theme,
    presenting: choice.presenting,
    controls: all && !choice.presenting ? null : choice.controls,
  };
}

/**
 * "Share a lesson link": the teacher ticks the controls a class should see and picks presenter
 * mode and a theme; the link is the current view's (whatever it carries) with those settings.
 */
export function LessonLinkBuilder() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [base, setBase] = useState('');
  const [choice, setChoice] = useState<Choice>({ controls: [], presenting: false, theme: null });
  const [status, setStatus] = useState('');
  const link = base && withDisplay(base, linkDisplay(choice));

  const open = () => {
    const display = selectDisplay(appStore.getState());
    setBase(window.location.href);
    setChoice({
      controls: CONTROL_GROUPS.filter((group) => groupShown(display, group)),
      presenting: display.presenting,
      theme: display.theme,
    });
    setStatus('');
  };
  // The dialog's content exists only while it is open (so its labels never shadow the page's);
  // it opens once that content is there, so the focus lands on its first checkbox.
  useEffect(() => {
    if (base && !dialog.current?.open) dialog.current?.showModal();
  }, [base]);
  const toggle = (group: ControlGroup, on: boolean) =>
    setChoice((c) => ({
      ...c,
      controls: CONTROL_GROUPS.filter((g) => (g === group ? on : c.controls.includes(g))),
    }));
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setStatus('Copied the link.'),
      () => setStatus('The browser refused the clipboard: select the link and press Ctrl+C.'),
    );

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={open}>
        Share link
      </button>
      <dialog
        ref={dialog}
        className="link-builder"
        aria-labelledby="link-builder-title"
        onClose={() => setBase('')}
      >
        <h2 id="link-builder-title">Share a lesson link</h2>
        {base && (
          <>
            <p className="fine">
              The link opens this view (dataset, method, anchor, λ…) with only the ticked controls;
              the plot is always there, and the viewer can bring every control back.
            </p>
            <fieldset className="link-groups">
              <legend>Controls shown</legend>
              {CONTROL_GROUPS.map((group) => (
                <label key={group}>
                  <input
                    type="checkbox"
                    checked={choice.controls.includes(group)}
                    onChange={(e) => toggle(group, e.currentTarget.checked)}
                  />
                  {GROUP_LABELS[group]}
                </label>
              ))}
            </fieldset>
            <div className="link-look">
              <label>
                <input
                  type="checkbox"
                  checked={choice.presenting}
                  onChange={(e) => setChoice({ ...choice, presenting: e.currentTarget.checked })}
                />
                Open in presenter mode
              </label>
              <ThemeSelect
                label="Theme of the link"
                value={choice.theme}
                noneLabel="The viewer's system"
                onChange={(theme) => setChoice({ ...choice, theme })}
              />
            </div>
            <label className="link-output">
              Lesson link
              <textarea readOnly rows={3} value={link} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <div className="link-actions">
              <button type="button" className="primary" onClick={() => void copy()}>
                Copy link
              </button>
              <a href={link} target="_blank" rel="noopener">
                Open it in a new tab
              </a>
              <p role="status" className="fine">
                {status}
              </p>
              <form method="dialog">
                <button type="submit">Close</button>
              </form>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
