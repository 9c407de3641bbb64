import { formatDistance } from '../../plot/format-number';
import { useAppState } from '../../state/app-store';
import { selectWalkthrough } from '../../state/selectors';
import { selectRowPoints, selectViewProjection } from '../../state/view-projection';
import { screenRanks } from './screen-ranks';

/** The anchor's true neighbours and where they rank by distance on the plot's two features. */
export function ScreenRanks() {
  const data = useAppState((s) => s.dataset);
  const walk = useAppState(selectWalkthrough);
  const points = useAppState(selectRowPoints);
  const projection = useAppState(selectViewProjection);
  if (!data || !points || !projection) return null;
  if (!walk?.ok) {
    return (
      <section className="lesson-evidence" aria-label="Neighbours on screen">
        <h2>Neighbours on screen</h2>
        <p>Pick a minority point as the anchor to compare its neighbours with the picture.</p>
      </section>
    );
  }
  const { anchor, neighbors, distances } = walk.value;
  const ranks = screenRanks(data, anchor, neighbors, points);
  const axes =
    projection.kind === 'pca' ? 'PC1, PC2' : `${projection.xLabel}, ${projection.yLabel}`;
  const hidden = ranks.filter((r) => r.screenRank > ranks.length).length;
  return (
    <section className="lesson-evidence" aria-label="Neighbours on screen">
      <h2>
        Row {anchor}'s neighbours: {data.d} features vs the plot's 2
      </h2>
      <table className="lesson-cells">
        <thead>
          <tr>
            <th scope="col">row</th>
            <th scope="col">distance in {data.d}-D</th>
            <th scope="col">rank in {data.d}-D</th>
            <th scope="col">rank on {axes}</th>
          </tr>
        </thead>
        <tbody>
          {ranks.map((r, i) => (
            <tr key={r.row} data-row={r.row} data-screen-rank={r.screenRank}>
              <td>{r.row}</td>
              <td>{formatDistance(distances[i])}</td>
              <td>{r.trueRank}</td>
              <td>{r.screenRank}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="lesson-fact" data-hidden={hidden}>
        <strong>
          {hidden} of {ranks.length} true neighbours
        </strong>{' '}
        are not among the {ranks.length} minority points nearest to row {anchor} on the plot.
      </p>
    </section>
  );
}
