// TomekLinks: Tomek (1976), "Two Modifications of CNN", IEEE Transactions on Systems, Man, and
// Cybernetics 6(11). Two rows of different classes that are each other's nearest neighbour form a
// link; the targeted end(s) are removed and the rest keep their order, as in imbalanced-learn.
// Differs from imbalanced-learn with exact duplicates of different labels: our search never returns
// a row as its own neighbour, so such duplicates are always linked, while imbalanced-learn's tie
// order can put the row itself first and miss the link.
import type { Dataset } from '../../data/dataset';
import { buildNeighborIndex, findNeighbors } from '../../neighbors/find-neighbors';
import { ok } from '../../outcome';
import type { MethodEntry } from '../types';
import { cleanerSampler, cleaningStrategyParam, type KeptRows } from './cleaner';

/** Tomek links among `rows` of `data` (at least 2 rows); `targets[c]` says class c may lose rows. */
export function tomekLinks(data: Dataset, rows: Int32Array, targets: readonly boolean[]): KeptRows {
  const index = buildNeighborIndex(data.X, data.d, rows);
  const nearest = findNeighbors(index, data.X, data.d, rows, 1).indices;
  const position = new Int32Array(data.n).fill(-1);
  for (let r = 0; r < rows.length; r++) position[rows[r]] = r;
  const drop = new Uint8Array(rows.length);
  let dropped = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const j = nearest[r];
    const mutual = nearest[position[j]] === i;
    if (targets[data.y[i]] && data.y[j] !== data.y[i] && mutual) {
      drop[r] = 1;
      dropped++;
    }
  }
  const kept = new Int32Array(rows.length - dropped);
  const removed = new Int32Array(dropped);
  let k = 0;
  let m = 0;
  for (let r = 0; r < rows.length; r++) {
    if (drop[r]) removed[m++] = rows[r];
    else kept[k++] = rows[r];
  }
  removed.sort();
  return { kept, removed };
}

export const tomekLinksEntry: MethodEntry = {
  name: 'TomekLinks',
  kind: 'cleaner',
  module: 'imblearn.under_sampling',
  params: [cleaningStrategyParam],
  paper: 'Tomek (1976), Two Modifications of CNN, IEEE Trans. Systems, Man, and Cybernetics 6(11)',
  lesson:
    'Removes pairs of opposite-class points that are each other’s nearest neighbour: the noise at the boundary.',
  run: cleanerSampler('TomekLinks', (data, rows, targets) => ok(tomekLinks(data, rows, targets))),
};
