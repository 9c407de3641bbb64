import { useId, useState } from 'react';
import {
  customStrategyHint,
  paramFromText,
  paramToText,
  strategyRules,
} from '../../state/param-text';
import { hintId, ParamFrame, useDraft } from './ParamFrame';
import type { ParamFieldProps } from './param-field-props';
import { commitOnEnter } from './ScalarParams';

const CUSTOM = 'custom';

/** sampling_strategy: a named rule from a list, or a float / JSON dict / JSON list typed in a field. */
export function StrategyParam(props: ParamFieldProps) {
  const { spec, value, methodKind, invalid, onCommit } = props;
  const id = useId();
  const rules = strategyRules(methodKind);
  const text = paramToText(spec, value);
  const isRule = typeof value === 'string' && rules.includes(value);
  const [typing, setTyping] = useState(!isRule);
  const [draft, setDraft] = useDraft(isRule ? '' : text);
  const custom = typing || !isRule;
  const commit = () => {
    if (draft.trim() !== '' && draft !== text) onCommit(paramFromText(spec, draft));
  };
  return (
    <ParamFrame {...props} id={id}>
      <div className="strategy-row">
        <select
          id={id}
          value={custom ? CUSTOM : text}
          aria-invalid={invalid}
          aria-describedby={hintId(id)}
          onChange={(event) => {
            const next = event.target.value;
            setTyping(next === CUSTOM);
            if (next !== CUSTOM) onCommit(next);
          }}
        >
          {rules.map((rule) => (
            <option key={rule} value={rule}>
              {rule}
            </option>
          ))}
          <option value={CUSTOM}>
            {methodKind === 'cleaner' ? 'a list…' : 'a float or dict…'}
          </option>
        </select>
        {custom && (
          <input
            type="text"
            spellCheck={false}
            aria-label={`${spec.name}: ${customStrategyHint(methodKind)}`}
            placeholder={methodKind === 'cleaner' ? '["majority"]' : '0.5 or {"class": 100}'}
            value={draft}
            aria-invalid={invalid}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={commitOnEnter(commit)}
          />
        )}
      </div>
    </ParamFrame>
  );
}
