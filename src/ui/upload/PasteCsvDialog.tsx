import { useId, useRef, useState } from 'react';
import { appStore } from '../../state/app-store';

/** Name given to pasted text: what exports and the Python code call it. */
export const PASTED_NAME = 'pasted.csv';

/** "Paste CSV": a dialog with a text area; the text is read in the worker like a file. */
export function PasteCsvDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const id = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Paste CSV
      </button>
      <dialog ref={dialog} className="paste-dialog" aria-labelledby={`${id}-title`}>
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            close();
            if (text.trim() !== '') void appStore.getState().openCsvSource(text, PASTED_NAME);
          }}
        >
          <h2 id={`${id}-title`}>Paste CSV</h2>
          <label htmlFor={id}>
            CSV text, with a header line (comma, semicolon or tab between cells)
          </label>
          <textarea
            id={id}
            rows={12}
            cols={60}
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="paste-buttons">
            <button type="submit" className="primary" disabled={text.trim() === ''}>
              Open pasted CSV
            </button>
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
