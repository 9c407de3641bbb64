import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  disabled?: boolean;
  /** The id of a line that explains the choice. */
  describedBy?: string;
}

/** A labelled drop-down taking half the controls' width. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  disabled,
  describedBy,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field field-half">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
