// Why a cleaning step removed a row, rebuilt from the run: its nearest row of the other class
// that names it back (a Tomek link), or its nearest rows that disagree with its label (ENN). The
// search runs over the same rows the cleaner saw: the input, then SMOTE's rows in a combination.
import type { Dataset } from '../data/dataset';
import { allRows, buildNeighborIndex, type NeighborIndex } from '../neighbors/find-neighbors';
import type { RunRecord } from './sample-trace';
import type { Params } from './types';

export type RemovalRule = 'tomek' | 'enn';

export interface RemovalTrace {
  /** The removal's place in the run's removed list (ascending pool rows). */
  index: number;
  /** Pool row: input rows first, synthetic row i as nInput + i. */
  row: number;
  synthetic: boolean;
  classCode: number;
  rule: RemovalRule;
  /** ENN's kind_sel: 'all' removes unless every neighbour agrees, 'mode' unless most do. */
  kindSel: 'all' | 'mode' | null;
  /** The pool rows the verdict rests on: the link partner (Tomek) or the n nearest (ENN). */
  neighbors: Int32Array;
  distances: Float64Array;
  /** The class of each of those rows. */
  neighborClasses: Int32Array;
}

export class RemovalTracer {
  private readonly X: Float64Array;
  private readonly y: Int32Array;
  private readonly rule: RemovalRule | null;
  private readonly k: number;
  private readonly kindSel: 'all' | 'mode' | null;
  private index: NeighborIndex | null = null;

  constructor(
    private readonly data: Dataset,
    params: Params,
    private readonly run: RunRecord,
  ) {
    const { d } = data;
    const made = run.provenance.anchor.length;
    this.X = new Float64Array((data.n + made) * d);
    this.X.set(data.X);
    this.X.set(run.syntheticX.subarray(0, made * d), data.n * d);
    this.y = new Int32Array(data.n + made);
    this.y.set(data.y);
    // Every over-sampler's row takes its anchor's class.
    for (let i = 0; i < made; i++) this.y[data.n + i] = data.y[run.provenance.anchor[i]];
    const method = run.method;
    const enn = method === 'EditedNearestNeighbours' || method === 'SMOTEENN';
    this.rule = method === 'TomekLinks' || method === 'SMOTETomek' ? 'tomek' : enn ? 'enn' : null;
    const alone = method === 'EditedNearestNeighbours';
    this.k =
      this.rule === 'tomek'
        ? 1
        : alone && typeof params.n_neighbors === 'number'
          ? params.n_neighbors
          : 3;
    this.kindSel = enn ? (alone && params.kind_sel === 'mode' ? 'mode' : 'all') : null;
  }

  trace(r: number): RemovalTrace {
    const { removed } = this.run;
    if (!this.rule || r < 0 || r >= removed.length) throw new RangeError(`no removal ${r}`);
    const { d } = this.data;
    const rows = this.y.length;
    this.index ??= buildNeighborIndex(this.X, d, allRows(rows));
    const row = removed[r];
    const k = Math.min(this.k, rows - 1);
    const neighbors = new Int32Array(k);
    const distances = new Float64Array(k);
    this.index.query(this.X.subarray(row * d, row * d + d), k, row, neighbors, distances, 0);
    return {
      index: r,
      row,
      synthetic: row >= this.run.nInput,
      classCode: this.y[row],
      rule: this.rule,
      kindSel: this.kindSel,
      neighbors,
      distances,
      neighborClasses: Int32Array.from(neighbors, (i) => this.y[i]),
    };
  }
}
