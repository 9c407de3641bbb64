import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Called with whole numbers in [min, max] only; other text stays in the box, marked invalid. */
  onCommit(value: number): void;
  hint?: string;
}

/** A labelled whole-number input that keeps what is typed until it is a valid value. */
export function NumberField({ label, value, min, max, onCommit, hint }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const parsed = text.trim() === '' ? Number.NaN : Number(text);
  const valid = Number.isInteger(parsed) && parsed >= min && parsed <= max;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const n = Number(next);
          if (next.trim() !== '' && Number.isInteger(n) && n >= min && n <= max && n !== value) {
            onCommit(n);
          }
        }}
        onBlur={() => {
          if (!valid) setText(String(value));
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
