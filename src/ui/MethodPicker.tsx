import { useId } from 'react';
import type { MethodKind } from '../core/sampling/types';
import { appStore, useAppState } from '../state/app-store';

const GROUPS: { kind: MethodKind; label: string }[] = [
  { kind: 'over-sampler', label: 'Over-samplers: make new minority points' },
  { kind: 'cleaner', label: 'Cleaners: remove points' },
  { kind: 'combination', label: 'Combinations: make, then clean' },
];

/** "Han, Wang and Mao (2005)" from the full reference; the whole of it is the tooltip. */
function shortCitation(paper: string): string {
  const year = paper.indexOf(')');
  return year > 0 ? paper.slice(0, year + 1) : paper;
}

/** Every registry method, grouped by what it does, with the chosen one's lesson and paper. */
export function MethodPicker() {
  const id = useId();
  const methods = useAppState((s) => s.methods);
  const method = useAppState((s) => s.method);
  const info = methods.find((m) => m.name === method);
  return (
    <div className="method-picker">
      <label htmlFor={id}>Method</label>
      <select
        id={id}
        value={method}
        aria-describedby={`${id}-lesson`}
        onChange={(event) => appStore.getState().setMethod(event.target.value)}
      >
        {GROUPS.map((group) => (
          <optgroup key={group.kind} label={group.label}>
            {methods
              .filter((m) => m.kind === group.kind)
              .map((m) => (
                <option key={m.name} value={m.name} title={m.lesson}>
                  {m.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {info && (
        <p id={`${id}-lesson`} className="method-lesson">
          {info.lesson}{' '}
          <span className="method-paper" title={info.paper}>
            ({shortCitation(info.paper)})
          </span>
        </p>
      )}
    </div>
  );
}
