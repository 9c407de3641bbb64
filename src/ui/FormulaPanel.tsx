import { type Dataset, rowValues } from '../core/data/dataset';
import { formatNumber, formatPoint } from '../plot/format-number';
import { useAppState } from '../state/app-store';
import { selectManualPoint, selectNeighborRow, selectSyntheticDetails } from '../state/selectors';
import { formulaLines } from './formula-lines';

/** x_new = x + λ·(x_nn − x), worked out for the selected synthetic point or the manual point. */
export function FormulaPanel({ data }: { data: Dataset }) {
  const details = useAppState(selectSyntheticDetails);
  const manual = useAppState(selectManualPoint);
  const anchor = useAppState((s) => s.anchor);
  const neighbor = useAppState(selectNeighborRow);
  const lambda = useAppState((s) => s.lambda);

  let title: string;
  let from: number;
  let to: number;
  let gap: number;
  let values: Float64Array;
  if (details) {
    const { selection } = details;
    title =
      selection.source === 'walkthrough'
        ? `Synthetic point ${selection.index + 1} of this anchor`
        : `Resampled point ${selection.index + 1} (row ${data.n + selection.index} of the output)`;
    if (details.neighbor < 0) {
      return (
        <div className="formula">
          <h3>{title}</h3>
          <p>
            Copied from row {details.anchor}: {formatPoint(details.values)}
          </p>
        </div>
      );
    }
    ({ anchor: from, neighbor: to, gap, values } = details);
  } else if (manual && anchor !== null && neighbor !== null) {
    title = 'Manual point (λ slider)';
    [from, to, gap, values] = [anchor, neighbor, lambda, manual];
  } else {
    return null;
  }
  const lines = formulaLines(
    data.featureNames,
    rowValues(data, from),
    rowValues(data, to),
    gap,
    values,
  );
  return (
    <div className="formula">
      <h3>{title}</h3>
      <p className="provenance-line">
        anchor row {from} · neighbour row {to} · λ = {formatNumber(gap, 4)}
      </p>
      <p className="formula-general">
        x<sub>new</sub> = x + λ·(x<sub>nn</sub> − x)
      </p>
      <table className="formula-lines">
        <tbody>
          {lines.map((line) => (
            <tr key={line.feature}>
              <th scope="row" className="formula-feature">
                {line.feature}
              </th>
              <td>
                <code>{line.text}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="point-line">
        x<sub>new</sub> = <strong>{formatPoint(values)}</strong>
      </p>
    </div>
  );
}
