import { appStore, useAppState } from '../state/app-store';
import { UploadStatus } from './upload/UploadStatus';

/** Fallbacks and refusals the user should know about (a link value that did not fit, a bad click). */
export function Notices() {
  const notices = useAppState((s) => s.notices);
  const error = useAppState((s) => s.datasetError);
  return (
    <div className="notices">
      <UploadStatus />
      {error && (
        <p className="notice notice-error" role="alert">
          Could not open the dataset: {error}
        </p>
      )}
      {/* A list cannot take the status role, so a live region holds it. */}
      <div role="status" aria-label="Notices">
        <ul>
          {notices.map((n) => (
            <li key={n.id} className="notice">
              <span>{n.text}</span>
              <button
                type="button"
                aria-label={`Dismiss: ${n.text}`}
                onClick={() => appStore.getState().dismissNotice(n.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
