import type { Dataset } from '../core/data/dataset';
import type { AnchorWalkthrough } from '../core/sampling/anchor-walkthrough';
import { formatDistance, formatNumber } from '../plot/format-number';
import { appStore, useAppState } from '../state/app-store';
import { selectNeighborRow } from '../state/selectors';

/** The anchor's k nearest same-class neighbours, found in all features; a row picks the neighbour. */
export function NeighborTable({ data, walk }: { data: Dataset; walk: AnchorWalkthrough }) {
  const chosen = useAppState(selectNeighborRow);
  const className = data.classNames[data.y[walk.anchor]];
  return (
    <div className="neighbors">
      <h3>
        {walk.k} nearest {className} neighbours
      </h3>
      <p className="fine">
        Found among class {className} only, in all {data.d} features; ties go to the lower row.
      </p>
      <table aria-label="Neighbours">
        <thead>
          <tr>
            <th scope="col">row</th>
            {data.featureNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            <th scope="col">distance</th>
          </tr>
        </thead>
        <tbody>
          {Array.from(walk.neighbors, (row, j) => (
            <tr key={row} className={row === chosen ? 'chosen' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  aria-pressed={row === chosen}
                  aria-label={`Use row ${row} as the neighbour`}
                  onClick={() => appStore.getState().chooseNeighbor(row)}
                >
                  {row}
                </button>
              </th>
              {data.featureNames.map((name, f) => (
                <td key={name}>{formatNumber(data.X[row * data.d + f])}</td>
              ))}
              <td>{formatDistance(walk.distances[j])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
