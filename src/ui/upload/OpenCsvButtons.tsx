import { useRef } from 'react';
import { appStore } from '../../state/app-store';
import { PasteCsvDialog } from './PasteCsvDialog';
import { useFileDrop } from './use-file-drop';
import './upload.css';

/** Open a CSV from disk (a picker or a drop anywhere on the page) or pasted; read in the worker. */
export function OpenCsvButtons() {
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop((file) => void appStore.getState().openCsvSource(file, file.name));
  return (
    <div className="open-csv">
      <button type="button" onClick={() => input.current?.click()}>
        Open CSV
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again is a change too.
          event.target.value = '';
          if (file) void appStore.getState().openCsvSource(file, file.name);
        }}
      />
      <PasteCsvDialog />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a CSV file to open it: it is read here, in this page, and sent nowhere.
        </div>
      )}
    </div>
  );
}
