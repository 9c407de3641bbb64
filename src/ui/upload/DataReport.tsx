import { useId } from 'react';
import type { MissingAction } from '../../io/missing-rows';
import { appStore, useAppState } from '../../state/app-store';
import { datasetClassCounts } from '../../state/class-counts';
import { ColumnTable } from './ColumnTable';

const DELIMITERS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'bar',
};

/** The file behind the plot: how it was read, its label column (changeable) and rows left out. */
export function DataReport() {
  const id = useId();
  const report = useAppState((s) => s.datasetReport);
  const data = useAppState((s) => s.dataset);
  const source = useAppState((s) => s.datasetSource);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const busy = useAppState((s) => s.uploadStatus !== 'idle');
  if (!report || !data || !ready) return null;
  const state = appStore.getState();
  const counts = datasetClassCounts(data);
  const minority = data.classNames.indexOf(report.minorityClass);
  const label = report.schema.find((c) => c.kind === 'label')?.name ?? data.labelName;
  const how = [
    `${report.fileRows.toLocaleString('en-US')} rows`,
    `${report.header.length} columns`,
    `${DELIMITERS[report.delimiter] ?? report.delimiter}-separated`,
    report.decimalComma ? 'decimal commas' : '',
    report.hasHeader ? '' : 'no header line',
  ].filter(Boolean);
  const { missing } = report;
  return (
    <section className="data-report" aria-label="Data">
      <p className="data-file">
        <strong>{report.name}</strong> <span>{how.join(', ')}</span>
      </p>
      {source === 'upload' && (
        <p className="data-link-note">
          Opened from this computer: links to this view keep the settings, not the data.
        </p>
      )}
      <div className="data-row">
        <label htmlFor={`${id}-label`}>Label column</label>
        <select
          id={`${id}-label`}
          value={label}
          disabled={busy}
          onChange={(event) => void state.setLabelColumn(event.target.value)}
        >
          {report.header.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <span className="data-guess">{report.labelGuessed ? '(guessed)' : '(chosen)'}</span>
      </div>
      <p className="data-minority">
        Minority class: <strong>{report.minorityClass}</strong> (
        {(counts[minority] ?? 0).toLocaleString('en-US')} of {data.n.toLocaleString('en-US')} rows)
      </p>
      {missing.rows > 0 && (
        <div className="data-missing">
          <p>{missing.message}.</p>
          <label htmlFor={`${id}-missing`}>Rows with missing cells</label>
          <select
            id={`${id}-missing`}
            value={missing.action}
            disabled={busy}
            onChange={(event) => void state.setMissingAction(event.target.value as MissingAction)}
          >
            <option value="drop">leave them out</option>
            <option value="impute">fill in: median, or most frequent for text</option>
          </select>
        </div>
      )}
      <ColumnTable schema={report.schema} />
    </section>
  );
}
