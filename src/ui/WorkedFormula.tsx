import { formatPoint } from '../plot/format-number';
import type { FormulaLine } from './formula-lines';

/** x_new = x + λ·(x_nn − x), one line per feature with the numbers in, then the point. */
export function WorkedFormula({
  lines,
  values,
}: {
  lines: FormulaLine[];
  values: ArrayLike<number>;
}) {
  return (
    <>
      <p className="formula-general">
        x<sub>new</sub> = x + λ·(x<sub>nn</sub> − x)
      </p>
      <table className="formula-lines" aria-label="The formula in numbers">
        <tbody>
          {lines.map((line) => (
            <tr key={line.feature}>
              <th scope="row" className="formula-feature">
                {line.feature}
              </th>
              <td>
                <code>{line.text}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="point-line">
        x<sub>new</sub> = <strong>{formatPoint(values)}</strong>
      </p>
    </>
  );
}
