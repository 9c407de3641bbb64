import { rowValues } from '../core/data/dataset';
import { formatNumber, formatPoint } from '../plot/format-number';
import { useAppState } from '../state/app-store';
import { selectWalkthrough } from '../state/selectors';
import { ChildrenList } from './ChildrenList';
import { FormulaPanel } from './FormulaPanel';
import { NeighborTable } from './NeighborTable';
import './inspector.css';

/** Everything about the anchor in real numbers: where it is, its neighbours, the formula. */
export function Inspector() {
  const data = useAppState((s) => s.dataset);
  const anchor = useAppState((s) => s.anchor);
  const k = useAppState((s) => s.k);
  const walk = useAppState(selectWalkthrough);
  const hasSelection = useAppState((s) => s.selection !== null);
  return (
    <section className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {data && anchor === null && !hasSelection && (
        <p className="hint">
          Click a minority point to make it the anchor, or focus the plot and use the arrow keys and
          Enter.
        </p>
      )}
      {data && anchor !== null && (
        <div className="anchor-details">
          <h3>
            Anchor: row {anchor}, class {data.classNames[data.y[anchor]]}
          </h3>
          <dl className="values">
            {data.featureNames.map((name, j) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{formatNumber(data.X[anchor * data.d + j])}</dd>
              </div>
            ))}
          </dl>
          <p className="point-line">x = {formatPoint(rowValues(data, anchor))}</p>
        </div>
      )}
      {walk && !walk.ok && (
        <p className="explain" role="alert">
          {walk.error.message}. SMOTE needs k + 1 points of the anchor's class (k = {k}); lower k to
          see the neighbours.
        </p>
      )}
      {data && walk?.ok && <NeighborTable data={data} walk={walk.value} />}
      {data && <FormulaPanel data={data} />}
      {data && walk?.ok && <ChildrenList data={data} walk={walk.value} />}
    </section>
  );
}
