import { useId } from 'react';
import { hintId, ParamFrame } from './ParamFrame';
import type { ParamFieldProps } from './param-field-props';

/** categorical_features: one checkbox per feature column; text columns are marked as such. */
export function ColumnsParam(props: ParamFieldProps) {
  const { spec, value, invalid, columns, onCommit } = props;
  const id = useId();
  const listed = Array.isArray(value) ? value.map(String) : [];
  const toggle = (name: string, on: boolean) => {
    const next = columns.map((c) => c.name).filter((c) => (c === name ? on : listed.includes(c)));
    onCommit(next);
  };
  return (
    <ParamFrame {...props} id={id} unlabelled>
      <fieldset className="param-columns" aria-describedby={hintId(id)} aria-invalid={invalid}>
        <legend className="param-name">{spec.name}</legend>
        {columns.length === 0 && <span className="fine">no dataset open</span>}
        {columns.map((column) => (
          <label key={column.name}>
            <input
              type="checkbox"
              checked={listed.includes(column.name)}
              onChange={(event) => toggle(column.name, event.target.checked)}
            />
            {column.name}
            {column.text && <span className="fine"> (text)</span>}
          </label>
        ))}
      </fieldset>
    </ParamFrame>
  );
}
