// Collects synthetic rows with their provenance, then assembles the result pool
// (input rows untouched, synthetic rows after them).
import type { Dataset } from '../data/dataset';
import type { Diagnostics, ResampleResult } from './types';

export class SyntheticRows {
  private capacity = 0;
  count = 0;
  /** The pool's numeric block: input rows first, then room for synthetic rows (saves a copy). */
  private poolX: Float64Array;
  /** The synthetic rows' numeric values: a view into poolX after the input rows. */
  X: Float64Array;
  y = new Int32Array(0);
  anchor = new Int32Array(0);
  neighbor = new Int32Array(0);
  gap = new Float64Array(0);
  codes: Int32Array[];

  constructor(readonly data: Dataset) {
    this.codes = data.categorical.map(() => new Int32Array(0));
    this.poolX = data.X;
    this.X = data.X.subarray(data.X.length);
  }

  reserve(extra: number): void {
    const need = this.count + extra;
    if (need <= this.capacity) return;
    const cap = Math.max(need, this.capacity * 2, 64);
    const grow = <T extends Float64Array | Int32Array>(a: T, width: number): T => {
      const b = new (a.constructor as { new (n: number): T })(cap * width);
      b.set(a);
      return b;
    };
    const { n, d } = this.data;
    const poolX = new Float64Array((n + cap) * d);
    poolX.set(this.poolX.subarray(0, (n + this.count) * d));
    this.poolX = poolX;
    this.X = poolX.subarray(n * d);
    this.y = grow(this.y, 1);
    this.anchor = grow(this.anchor, 1);
    this.neighbor = grow(this.neighbor, 1);
    this.gap = grow(this.gap, 1);
    this.codes = this.codes.map((c) => grow(c, 1));
    this.capacity = cap;
  }

  /** x = X[anchor] + gap·(X[neighbor] − X[anchor]); categorical codes copied from the anchor. */
  addInterpolated(classCode: number, anchor: number, neighbor: number, gap: number): number {
    this.reserve(1);
    const { X, d } = this.data;
    const r = this.count++;
    const a = anchor * d;
    const b = neighbor * d;
    const o = r * d;
    for (let j = 0; j < d; j++) this.X[o + j] = X[a + j] + gap * (X[b + j] - X[a + j]);
    this.setMeta(r, classCode, anchor, neighbor, gap);
    return r;
  }

  /**
   * Copies of the input rows `rows` (bootstrap draws), each anchored at its row with no neighbour
   * or gap. Built-in copies do the work, so even a first, unoptimised run is quick.
   */
  addCopies(classCode: number, rows: Int32Array): void {
    const m = rows.length;
    this.reserve(m);
    const { n, d } = this.data;
    const first = this.count;
    // The pool holds the input rows first, so a copy stays inside one array.
    for (let s = 0; s < m; s++) {
      const a = rows[s] * d;
      this.poolX.copyWithin((n + first + s) * d, a, a + d);
    }
    this.y.fill(classCode, first, first + m);
    this.anchor.set(rows, first);
    this.neighbor.fill(-1, first, first + m);
    this.gap.fill(Number.NaN, first, first + m);
    this.data.categorical.forEach((col, c) => {
      for (let s = 0; s < m; s++) this.codes[c][first + s] = col.codes[rows[s]];
    });
    this.count += m;
  }

  /** A synthetic row with given numeric values (smoothed bootstraps, votes); no neighbour or gap unless given. */
  addRow(
    classCode: number,
    anchor: number,
    values: ArrayLike<number>,
    neighbor = -1,
    gap = Number.NaN,
  ): number {
    this.reserve(1);
    const r = this.count++;
    for (let j = 0; j < this.data.d; j++) this.X[r * this.data.d + j] = values[j];
    this.setMeta(r, classCode, anchor, neighbor, gap);
    return r;
  }

  private setMeta(
    r: number,
    classCode: number,
    anchor: number,
    neighbor: number,
    gap: number,
  ): void {
    this.y[r] = classCode;
    this.anchor[r] = anchor;
    this.neighbor[r] = neighbor;
    this.gap[r] = gap;
    const categorical = this.data.categorical;
    for (let c = 0; c < categorical.length; c++) this.codes[c][r] = categorical[c].codes[anchor];
  }

  /** The input rows followed by the synthetic ones. */
  pool(): Dataset {
    const { data, count } = this;
    const n = data.n + count;
    // Before any synthetic row poolX is the input's own array: copy it, never share it.
    const X = count === 0 ? data.X.slice() : this.poolX.subarray(0, n * data.d);
    const y = new Int32Array(n);
    y.set(data.y);
    y.set(this.y.subarray(0, count), data.n);
    const categorical = data.categorical.map((col, c) => {
      const codes = new Int32Array(n);
      codes.set(col.codes);
      codes.set(this.codes[c].subarray(0, count), data.n);
      return { ...col, codes };
    });
    return { ...data, n, X, y, categorical };
  }

  /** An over-sampler's result: every input row, then every synthetic row. */
  finish(method: string, diagnostics: Diagnostics = {}, warnings: string[] = []): ResampleResult {
    const pool = this.pool();
    const output = new Int32Array(pool.n);
    for (let i = 0; i < pool.n; i++) output[i] = i;
    return {
      method,
      pool,
      nInput: this.data.n,
      provenance: {
        anchor: this.anchor.slice(0, this.count),
        neighbor: this.neighbor.slice(0, this.count),
        gap: this.gap.slice(0, this.count),
      },
      output,
      removed: new Int32Array(0),
      diagnostics,
      warnings,
    };
  }
}
