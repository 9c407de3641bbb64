import { useMemo } from 'react';
import { formatNumber } from '../../plot/format-number';
import { useAppState } from '../../state/app-store';
import type { ResampleSummary } from '../../worker/client';
import { binaryColumns, fractionalRows } from './one-hot-cells';
import { useCompanion } from './use-companion';

interface RunCells {
  method: string;
  result: ResampleSummary;
  fractional: number[];
}

/** SMOTE's synthetic one-hot cells beside SMOTENC's, which votes the same columns. */
export function OneHotCells() {
  const data = useAppState((s) => s.dataset);
  const main = useAppState((s) => s.result);
  const columns = useMemo(() => (data ? binaryColumns(data) : []), [data]);
  const texts = useMemo(
    () => ({ categorical_features: columns.map((j) => data?.featureNames[j]).join(',') }),
    [columns, data],
  );
  const voted = useCompanion('SMOTENC', texts);
  const runs = useMemo(() => {
    const list: RunCells[] = [];
    for (const result of [main, voted?.result ?? null]) {
      if (!result || !data) continue;
      const fractional = fractionalRows(result.syntheticX, data.d, columns);
      list.push({ method: result.method, result, fractional });
    }
    return list;
  }, [main, voted, data, columns]);
  if (!data) return null;
  if (columns.length === 0) {
    return (
      <section className="lesson-evidence" aria-label="One-hot cells">
        <h2>One-hot cells</h2>
        <p>This dataset has no 0/1 columns to compare.</p>
      </section>
    );
  }
  // The first broken row of the run that broke any, shown for every run.
  const example = runs.find((r) => r.fractional.length > 0)?.fractional[0] ?? 0;
  const shown = runs.filter((run) => example < run.result.syntheticY.length);
  return (
    <section className="lesson-evidence" aria-label="One-hot cells">
      <h2>One-hot cells of synthetic row {example}</h2>
      {voted?.status === 'error' && <p role="alert">SMOTENC: {voted.error}</p>}
      {!main && <p>Press Resample to run the main method.</p>}
      <table className="lesson-cells">
        <thead>
          <tr>
            <th scope="col">column</th>
            {shown.map((run) => (
              <th key={run.method} scope="col" data-method={run.method}>
                {run.method}{' '}
                <span className="lesson-muted">
                  (anchor {run.result.provenance.anchor[example]})
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((j) => (
            <tr key={j}>
              <th scope="row">{data.featureNames[j]}</th>
              {shown.map((run) => (
                <td key={run.method} data-method={run.method}>
                  {formatNumber(run.result.syntheticX[example * data.d + j], 3)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="lesson-facts">
        {runs.map((run) => (
          <li key={run.method} data-method={run.method} data-fractional={run.fractional.length}>
            <strong>{run.method}:</strong> {run.fractional.length} of {run.result.syntheticY.length}{' '}
            synthetic rows have a fractional one-hot cell.
          </li>
        ))}
      </ul>
    </section>
  );
}
