import { useCallback, useEffect, useRef } from 'react';
import { KEY_GROUPS } from './key-list';
import { isTyping } from './typing-target';
import './help.css';

/** The keyboard help: ? opens it as a modal dialog, Esc or Close shuts it and restores the focus. */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback(() => {
    const box = dialog.current;
    if (!box || box.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.showModal();
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  // Esc and the Close button both end in the dialog's close event.
  const restore = () => {
    opener.current?.focus();
    opener.current = null;
  };
  return (
    <>
      <button type="button" className="help-button" aria-haspopup="dialog" onClick={open}>
        Keys <kbd>?</kbd>
      </button>
      <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title" onClose={restore}>
        <h2 id="help-title">Keyboard</h2>
        {KEY_GROUPS.map((group) => (
          <table key={group.title} className="help-keys">
            <caption>{group.title}</caption>
            <tbody>
              {group.keys.map((row) => (
                <tr key={row.does}>
                  <th scope="row">
                    {row.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ' '}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{row.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <form method="dialog">
          <button type="submit" className="primary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
