import type { Dataset } from '../../core/data/dataset';
import type { SampleTrace } from '../../core/sampling/sample-trace';
import { formatDistance, formatNumber } from '../../plot/format-number';

/** The anchor's neighbours as the method found them; the drawn one is marked once it is drawn. */
export function StepNeighbors(props: { data: Dataset; trace: SampleTrace; drawn: boolean }) {
  const { data, trace, drawn } = props;
  const vdm = trace.space === 'class-vdm';
  return (
    <table className="step-neighbors" aria-label="Neighbours of the anchor">
      <thead>
        <tr>
          <th scope="col">{vdm ? '#' : 'slot'}</th>
          <th scope="col">row</th>
          {data.featureNames.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
          <th scope="col">{vdm ? 'VDM' : 'distance'}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from(trace.neighbors, (row, j) => {
          const chosen = drawn && j === trace.slot;
          return (
            <tr
              key={row}
              className={chosen ? 'chosen' : undefined}
              aria-current={chosen || undefined}
            >
              <td>{vdm ? j + 1 : j}</td>
              <th scope="row">{row}</th>
              {data.featureNames.map((name, f) => (
                <td key={name}>{formatNumber(data.X[row * data.d + f])}</td>
              ))}
              <td>{formatDistance(trace.distances[j])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
