import { useId } from 'react';
import { appStore, useAppState } from '../state/app-store';

/** The built-in dataset on screen, with the lesson it teaches. */
export function DatasetPicker() {
  const id = useId();
  const catalog = useAppState((s) => s.catalog);
  const name = useAppState((s) => s.datasetName);
  const entry = catalog.find((e) => e.name === name);
  const uploaded = useAppState((s) => s.datasetSource === 'upload');
  return (
    <div className="dataset-picker">
      <label htmlFor={id}>Dataset</label>
      <select
        id={id}
        value={name ?? ''}
        onChange={(event) => void appStore.getState().pickDataset(event.target.value)}
      >
        {uploaded && name && <option value={name}>{`${name} (opened file)`}</option>}
        {catalog.map((e) => (
          <option key={e.name} value={e.name}>
            {`${e.name} (${e.rows.toLocaleString('en-US')} rows)`}
          </option>
        ))}
      </select>
      {entry && (
        <p className="lesson" title={`Source: ${entry.source}`}>
          <strong>{entry.title}.</strong> {entry.lesson}
        </p>
      )}
    </div>
  );
}
