import type { ColumnSchema } from '../../io/columns-to-dataset';

const KIND_TEXT: Record<ColumnSchema['kind'], string> = {
  numeric: 'numeric',
  categorical: 'categorical (text)',
  label: 'label',
};

function distinctText(column: ColumnSchema): string {
  const count = column.distinct.toLocaleString('en-US');
  return column.distinctCapped ? `${count}+` : count;
}

/** Every column as read: numeric, categorical or the label, its distinct values and missing cells. */
export function ColumnTable({ schema }: { schema: ColumnSchema[] }) {
  const numeric = schema.filter((c) => c.kind === 'numeric').length;
  const categorical = schema.filter((c) => c.kind === 'categorical').length;
  return (
    <details className="data-columns">
      <summary>
        Columns: {numeric} numeric, {categorical} categorical, 1 label
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">column</th>
            <th scope="col">kind</th>
            <th scope="col">values</th>
            <th scope="col">missing</th>
          </tr>
        </thead>
        <tbody>
          {schema.map((column) => (
            <tr key={column.name}>
              <th scope="row">{column.name}</th>
              <td>{KIND_TEXT[column.kind]}</td>
              <td>{distinctText(column)}</td>
              <td>{column.missing.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
