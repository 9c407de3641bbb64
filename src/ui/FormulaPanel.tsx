import { useEffect, useRef } from 'react';
import { type Dataset, rowValues } from '../core/data/dataset';
import { formatNumber, formatPoint } from '../plot/format-number';
import { useAppState } from '../state/app-store';
import { selectManualPoint, selectNeighborRow, selectSyntheticDetails } from '../state/selectors';
import { formulaLines } from './formula-lines';
import { provenanceNotes } from './provenance-notes';
import { cellsOf } from './row-cells';
import { WorkedFormula } from './WorkedFormula';

/** x_new = x + λ·(x_nn − x), worked out for the selected synthetic point or the manual point. */
export function FormulaPanel({ data }: { data: Dataset }) {
  const details = useAppState(selectSyntheticDetails);
  const manual = useAppState(selectManualPoint);
  const anchor = useAppState((s) => s.anchor);
  const neighbor = useAppState(selectNeighborRow);
  const lambda = useAppState((s) => s.lambda);
  const method = useAppState((s) => s.result?.method ?? s.method);
  const box = useRef<HTMLDivElement>(null);
  const picked = details?.selection.source === 'resample' ? details.selection.index : null;
  useEffect(() => {
    // A point picked on the plot is explained here; the sidebar may have scrolled it out of view.
    if (picked !== null) box.current?.scrollIntoView({ block: 'nearest' });
  }, [picked]);

  let title: string;
  let from: number;
  let to: number;
  let gap: number;
  let values: Float64Array;
  let notes: string[] = [];
  if (details) {
    const { selection } = details;
    const resampled = selection.source === 'resample';
    title = resampled
      ? `Resampled point ${selection.index + 1} (row ${data.n + selection.index} of the output)`
      : `Synthetic point ${selection.index + 1} of this anchor`;
    notes = resampled ? provenanceNotes(details, data, method) : [];
    if (details.neighbor < 0) {
      return (
        <div className="formula" ref={box}>
          <h3>{title}</h3>
          <Notes notes={notes} />
          <Categories data={data} values={details.values} codes={details.codes} />
          <p className="point-line">
            From row {details.anchor}: {formatPoint(details.values)}
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
    <div className="formula" ref={box}>
      <h3>{title}</h3>
      <p className="provenance-line">
        anchor row {from} · neighbour row {to} · λ = {formatNumber(gap, 4)}
      </p>
      <Notes notes={notes} />
      <WorkedFormula lines={lines} values={values} />
      {details && <Categories data={data} values={values} codes={details.codes} />}
    </div>
  );
}

function Notes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="provenance-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** A synthetic row's categorical values (SMOTENC, SMOTEN), which the formula does not cover. */
function Categories(props: { data: Dataset; values: Float64Array; codes: Int32Array | null }) {
  const { data, values, codes } = props;
  if (!codes || data.categorical.length === 0) return null;
  const cells = cellsOf(data, values, codes).filter((_, p) => data.columns[p].kind !== 'numeric');
  return (
    <p className="point-line categories">
      {cells.map((cell) => `${cell.name} = ${cell.text}`).join(' · ')}
    </p>
  );
}
