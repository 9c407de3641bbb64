// EditedNearestNeighbours: Wilson (1972), "Asymptotic Properties of Nearest Neighbor Rules Using
// Edited Data", IEEE Transactions on Systems, Man, and Cybernetics 2(3). A row of a targeted class
// stays when its n_neighbors nearest rows agree with its label: all of them ('all') or most of them
// ('mode', ties going to the smallest label). As in imbalanced-learn the output is regrouped by class
// in sorted label order. Differs only where the data has fewer than n_neighbors + 1 rows: an error
// value instead of a scikit-learn crash.
import type { Dataset } from '../../data/dataset';
import { buildNeighborIndex, findNeighbors } from '../../neighbors/find-neighbors';
import { fail, type Outcome, ok } from '../../outcome';
import type { ParamSpec } from '../params';
import type { MethodEntry } from '../types';
import { cleanerSampler, cleaningStrategyParam, type KeptRows } from './cleaner';

export type KindSel = 'all' | 'mode';

export const ennNeighborsParam: ParamSpec = {
  name: 'n_neighbors',
  kind: 'int',
  default: 3,
  min: 1,
  help: 'How many nearest rows (of any class) vote on whether a row stays.',
};

export const kindSelParam: ParamSpec = {
  name: 'kind_sel',
  kind: 'choice',
  default: 'all',
  choices: ['all', 'mode'],
  help: "'all' removes a row unless every neighbour shares its label; 'mode' only when most do not.",
};

/** The label most neighbours carry; ties go to the smallest class code, i.e. the smallest label. */
function modeLabel(
  y: Int32Array,
  neighbors: Int32Array,
  from: number,
  k: number,
  votes: Int32Array,
) {
  for (let j = 0; j < k; j++) votes[y[neighbors[from + j]]]++;
  let best = 0;
  for (let c = 1; c < votes.length; c++) if (votes[c] > votes[best]) best = c;
  votes.fill(0);
  return best;
}

/** ENN among `rows` of `data`; `targets[c]` says class c may lose rows. Needs k + 1 rows. */
export function editedNearestNeighbours(
  data: Dataset,
  rows: Int32Array,
  targets: readonly boolean[],
  k: number,
  kindSel: KindSel,
): Outcome<KeptRows> {
  if (rows.length < k + 1) {
    return fail(
      `n_neighbors=${k} needs at least ${k + 1} rows to find the neighbours of each; the data has ${rows.length}`,
      { parameter: 'n_neighbors' },
    );
  }
  const { y } = data;
  const queries = rows.filter((i) => targets[y[i]]);
  const index = buildNeighborIndex(data.X, data.d, rows);
  const table = findNeighbors(index, data.X, data.d, queries, k).indices;
  const drop = new Uint8Array(data.n);
  const votes = new Int32Array(data.classNames.length);
  for (let q = 0; q < queries.length; q++) {
    const i = queries[q];
    let keep = true;
    if (kindSel === 'mode') keep = modeLabel(y, table, q * k, k, votes) === y[i];
    else for (let j = 0; j < k && keep; j++) keep = y[table[q * k + j]] === y[i];
    if (!keep) drop[i] = 1;
  }
  let dropped = 0;
  for (const i of queries) dropped += drop[i];
  const kept = new Int32Array(rows.length - dropped);
  let at = 0;
  for (let c = 0; c < data.classNames.length; c++) {
    for (const i of rows) if (y[i] === c && !drop[i]) kept[at++] = i;
  }
  const removed = queries.filter((i) => drop[i] === 1).sort();
  return ok({ kept, removed });
}

export const ennEntry: MethodEntry = {
  name: 'EditedNearestNeighbours',
  kind: 'cleaner',
  module: 'imblearn.under_sampling',
  params: [cleaningStrategyParam, ennNeighborsParam, kindSelParam],
  paper:
    'Wilson (1972), Asymptotic Properties of Nearest Neighbor Rules Using Edited Data, IEEE Trans. Systems, Man, and Cybernetics 2(3)',
  lesson:
    'Removes the points their own neighbours disagree with, smoothing the boundary between classes.',
  run: cleanerSampler('EditedNearestNeighbours', (data, rows, targets, params) =>
    editedNearestNeighbours(
      data,
      rows,
      targets,
      params.n_neighbors as number,
      params.kind_sel as KindSel,
    ),
  ),
};
