import { useAppState } from '../state/app-store';
import { selectWalkthrough } from '../state/selectors';
import { ChildrenList } from './ChildrenList';
import { FormulaPanel } from './FormulaPanel';
import { NeighborNotes } from './NeighborNotes';
import { NeighborTable } from './NeighborTable';
import { RowDetails } from './RowDetails';
import { StepNarration } from './stepper/StepNarration';
import './inspector.css';

/** Everything about the anchor in real numbers: where it is, its neighbours, the formula. */
export function Inspector() {
  const data = useAppState((s) => s.dataset);
  const anchor = useAppState((s) => s.anchor);
  const k = useAppState((s) => s.k);
  const walk = useAppState(selectWalkthrough);
  const hasSelection = useAppState((s) => s.selection !== null);
  const inspected = useAppState((s) => s.inspectedRow);
  const stepping = useAppState((s) => s.stepperOpen);
  if (stepping) {
    return (
      <section className="inspector" aria-label="Inspector">
        <h2>Inspector: stepping through the run</h2>
        {data && <StepNarration data={data} />}
      </section>
    );
  }
  return (
    <section className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {data && anchor === null && !hasSelection && inspected === null && (
        <p className="hint">
          Click a minority point to make it the anchor, or focus the plot and use the arrow keys and
          Enter.
        </p>
      )}
      {data && inspected !== null && (
        <RowDetails
          data={data}
          row={inspected}
          title={`Row ${inspected}, class ${data.classNames[data.y[inspected]]} (not an anchor)`}
        />
      )}
      {data && anchor !== null && (
        <RowDetails
          data={data}
          row={anchor}
          title={`Anchor: row ${anchor}, class ${data.classNames[data.y[anchor]]}`}
        />
      )}
      {walk && !walk.ok && (
        <p className="explain" role="alert">
          {walk.error.message}. SMOTE needs k + 1 points of the anchor's class (k = {k}); lower k to
          see the neighbours.
        </p>
      )}
      {data && walk?.ok && <NeighborTable data={data} walk={walk.value} />}
      {data && walk?.ok && <NeighborNotes d={data.d} />}
      {data && <FormulaPanel data={data} />}
      {data && walk?.ok && <ChildrenList data={data} walk={walk.value} />}
    </section>
  );
}
