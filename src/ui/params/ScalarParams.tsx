import { type KeyboardEvent, useId } from 'react';
import { paramFromText, paramToText } from '../../state/param-text';
import { hintId, ParamFrame, useDraft } from './ParamFrame';
import type { ParamFieldProps } from './param-field-props';

/** int and float: a number input with the spec's bounds; any number is sent, the core judges it. */
export function NumberParam(props: ParamFieldProps) {
  const { spec, value, invalid, onCommit } = props;
  const id = useId();
  const text = paramToText(spec, value);
  const [draft, setDraft] = useDraft(text);
  return (
    <ParamFrame {...props} id={id}>
      <input
        id={id}
        type="number"
        inputMode={spec.kind === 'int' ? 'numeric' : 'decimal'}
        min={spec.minExclusive ? undefined : spec.min}
        max={spec.maxExclusive ? undefined : spec.max}
        step={spec.kind === 'int' ? 1 : 'any'}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={hintId(id)}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next.trim() !== '' && Number.isFinite(Number(next)) && next !== text) {
            onCommit(paramFromText(spec, next));
          }
        }}
        onBlur={() => setDraft(text)}
      />
    </ParamFrame>
  );
}

export function ChoiceParam(props: ParamFieldProps) {
  const { spec, value, invalid, onCommit } = props;
  const id = useId();
  return (
    <ParamFrame {...props} id={id}>
      <select
        id={id}
        value={paramToText(spec, value)}
        aria-invalid={invalid}
        aria-describedby={hintId(id)}
        onChange={(event) => onCommit(paramFromText(spec, event.target.value))}
      >
        {spec.choices?.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </ParamFrame>
  );
}

/** Sends the typed text once it is finished: on Enter or when the field loses focus. */
export function commitOnEnter(commit: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
  };
}

/** 'auto'-or-float, None-or-int and shrinkage: free text, read as the URL and the CLI read it. */
export function FreeTextParam(props: ParamFieldProps) {
  const { spec, value, invalid, onCommit } = props;
  const id = useId();
  const text = paramToText(spec, value);
  const [draft, setDraft] = useDraft(text);
  const commit = () => {
    if (draft !== text) onCommit(paramFromText(spec, draft));
  };
  return (
    <ParamFrame {...props} id={id}>
      <input
        id={id}
        type="text"
        spellCheck={false}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={hintId(id)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={commitOnEnter(commit)}
      />
    </ParamFrame>
  );
}
