import { useAppState } from '../state/app-store';
import { SCALE_TEXT } from '../state/url-scale';
import { SCALING_WORDS } from './scaling-words';

/** Under the export buttons when the run scaled its features: what the files hold, in whose units. */
export function ExportScalingNote() {
  const scaling = useAppState((s) => (s.resampleStatus === 'done' ? s.result?.scaling : null));
  if (!scaling || scaling === 'none') return null;
  return (
    <p className="fine" data-note="export-scaling">
      This run found its neighbours on {SCALING_WORDS[scaling]} features; the CSV and JSON hold
      every value in the file's own units, as{' '}
      <code>smote-lab resample --scale {SCALE_TEXT[scaling]}</code> writes them, and the Python
      scales, resamples and scales back.
    </p>
  );
}
