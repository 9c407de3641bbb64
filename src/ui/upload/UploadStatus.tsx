import { appStore, useAppState } from '../../state/app-store';

/** While a file is read: a progress bar and Cancel. After a refusal: why, in one line. */
export function UploadStatus() {
  const status = useAppState((s) => s.uploadStatus);
  const name = useAppState((s) => s.uploadName);
  const progress = useAppState((s) => s.uploadProgress);
  const error = useAppState((s) => s.uploadError);
  const shown = useAppState((s) => s.datasetName);
  const state = appStore.getState();
  return (
    <>
      {status !== 'idle' && (
        <section className="upload-progress" aria-label="Opening a file">
          <span>
            {status === 'reading' ? `Reading ${name}` : `Preparing ${name}`} in the background…
          </span>
          {status === 'reading' && (
            <>
              <progress max={1} value={progress} aria-label={`Reading ${name}`} />
              <span className="upload-percent">{Math.round(progress * 100)}%</span>
            </>
          )}
          <button type="button" onClick={state.cancelUpload}>
            Cancel
          </button>
        </section>
      )}
      {error && (
        <div className="notice notice-error upload-error">
          <p role="alert">
            {error}.{shown ? ` Still showing ${shown}.` : ''}
          </p>
          <button
            type="button"
            aria-label="Dismiss the file error"
            onClick={state.dismissUploadError}
          >
            ×
          </button>
        </div>
      )}
    </>
  );
}
