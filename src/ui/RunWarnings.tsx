import { useAppState } from '../state/app-store';

/** What the last run did differently from what was asked (imbalanced-learn's quirks), beside the counts. */
export function RunWarnings() {
  const warnings = useAppState((s) => s.result?.warnings);
  if (!warnings || warnings.length === 0) return null;
  return (
    <ul className="run-warnings" aria-label="Warnings">
      {warnings.map((text) => (
        <li key={text}>
          <span aria-hidden="true">⚠</span> {text}
        </li>
      ))}
    </ul>
  );
}
