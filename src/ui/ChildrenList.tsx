import type { Dataset } from '../core/data/dataset';
import type { AnchorWalkthrough } from '../core/sampling/anchor-walkthrough';
import { formatNumber, formatPoint } from '../plot/format-number';
import { appStore, useAppState } from '../state/app-store';

/** The anchor's synthetic children as buttons (so the keyboard can select them too). */
export function ChildrenList({ data, walk }: { data: Dataset; walk: AnchorWalkthrough }) {
  const selection = useAppState((s) => s.selection);
  const result = useAppState((s) => s.result);
  const { children } = walk;
  const used = result ? result.provenance.anchor.filter((a) => a === walk.anchor).length : null;
  const count = children.gap.length;
  return (
    <div className="children">
      <h3>
        {count} synthetic point{count === 1 ? '' : 's'} from this anchor
      </h3>
      <p className="fine">Each picks one of the k neighbours at random and λ uniform in [0, 1).</p>
      <ol>
        {Array.from(children.gap, (gap, i) => {
          const selected = selection?.source === 'walkthrough' && selection.index === i;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: children are identified by draw order
            <li key={i}>
              <button
                type="button"
                aria-pressed={selected}
                onClick={() =>
                  appStore
                    .getState()
                    .selectSynthetic(selected ? null : { source: 'walkthrough', index: i })
                }
              >
                {`toward row ${children.neighbor[i]}, λ = ${formatNumber(gap, 3)} → ${formatPoint(children.X.subarray(i * data.d, (i + 1) * data.d))}`}
              </button>
            </li>
          );
        })}
      </ol>
      {used !== null && (
        <p className="fine">
          The last Resample drew row {walk.anchor} as an anchor {used} time{used === 1 ? '' : 's'}:
          anchors are drawn at random, so some minority points are never used.
        </p>
      )}
    </div>
  );
}
