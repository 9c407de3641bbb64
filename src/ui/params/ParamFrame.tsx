import { type ReactNode, useEffect, useState } from 'react';
import { acceptedValues, paramToText } from '../../state/param-text';
import type { ParamFieldProps } from './param-field-props';

/** Text being edited, reset whenever the committed value changes from outside. */
export function useDraft(text: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  return [draft, setDraft];
}

/** The id of a control's hint, for aria-describedby. */
export function hintId(id: string): string {
  return `${id}-hint`;
}

interface FrameProps extends Pick<ParamFieldProps, 'spec' | 'methodKind'> {
  id: string;
  /** Set when the control labels itself (a fieldset with its own legend). */
  unlabelled?: boolean;
  children: ReactNode;
}

/** A parameter's name as its label, the control, then what it accepts, its default and its help. */
export function ParamFrame({ spec, methodKind, id, unlabelled, children }: FrameProps) {
  return (
    <div className="param" data-param={spec.name}>
      {!unlabelled && (
        <label htmlFor={id} className="param-name">
          {spec.name}
        </label>
      )}
      {children}
      <p id={hintId(id)} className="param-hint">
        <span className="param-range">
          {acceptedValues(spec, methodKind)}; default {paramToText(spec, spec.default) || '[]'}.
        </span>{' '}
        {spec.help}
      </p>
    </div>
  );
}
