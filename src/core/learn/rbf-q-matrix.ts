// The Q matrix of one binary C-SVC problem, Q_ij = y_i·y_j·exp(−γ‖x_i − x_j‖²), as LIBSVM's
// SVC_Q: columns are computed on demand over the first `len` (active) positions, stored in float32
// and kept in a least-recently-used cache bounded in bytes. Positions can be swapped (shrinking).

export class RbfQMatrix {
  readonly l: number;
  /** Diagonal Q_ii (1 for the RBF kernel), permuted along with the positions. */
  readonly QD: Float64Array;
  private readonly d: number;
  private readonly x: Float64Array;
  private readonly xSquare: Float64Array;
  private readonly y: Int8Array;
  private readonly columns: (Float32Array | null)[];
  private readonly columnLength: Int32Array;
  // LRU list over column indices; position `l` is the sentinel (next = least recently used).
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private freeFloats: number;

  /**
   * @param x the problem's rows, row-major (copied: positions get permuted)
   * @param y +1 or −1 per row
   * @param cacheBytes memory the cached columns may hold; at least two full columns are allowed
   */
  constructor(
    x: Float64Array,
    d: number,
    y: Int8Array,
    private readonly gamma: number,
    cacheBytes: number,
  ) {
    const l = y.length;
    this.l = l;
    this.d = d;
    this.x = Float64Array.from(x);
    this.y = Int8Array.from(y);
    this.xSquare = new Float64Array(l);
    for (let i = 0; i < l; i++) {
      let s = 0;
      for (let t = i * d; t < i * d + d; t++) s += this.x[t] * this.x[t];
      this.xSquare[i] = s;
    }
    this.QD = new Float64Array(l).fill(1);
    this.columns = new Array<Float32Array | null>(l).fill(null);
    this.columnLength = new Int32Array(l);
    this.prev = new Int32Array(l + 1).fill(l);
    this.next = new Int32Array(l + 1).fill(l);
    this.freeFloats = Math.max(Math.floor(cacheBytes / 4), 2 * l);
  }

  /** Column i over positions [0, len); entries past `len` may be stale. */
  column(i: number, len: number): Float32Array {
    const have = this.columnLength[i];
    if (have > 0) this.unlink(i);
    let data = this.columns[i];
    if (have < len) {
      const more = len - have;
      while (this.freeFloats < more) this.evict(this.next[this.l]);
      const grown = new Float32Array(len);
      if (data) grown.set(data.subarray(0, have));
      data = grown;
      this.columns[i] = data;
      this.freeFloats -= more;
      this.columnLength[i] = len;
      this.fill(i, data, have, len);
    }
    this.linkAsNewest(i);
    return data!;
  }

  /** Exchanges positions i and j everywhere: rows, labels, diagonal and cached entries. */
  swapIndex(i: number, j: number): void {
    if (i === j) return;
    const { d, x } = this;
    for (let t = 0; t < d; t++) {
      const tmp = x[i * d + t];
      x[i * d + t] = x[j * d + t];
      x[j * d + t] = tmp;
    }
    swapIn(this.xSquare, i, j);
    swapIn(this.y, i, j);
    swapIn(this.QD, i, j);
    const hasI = this.columnLength[i] > 0;
    const hasJ = this.columnLength[j] > 0;
    if (hasI) this.unlink(i);
    if (hasJ) this.unlink(j);
    const ci = this.columns[i];
    this.columns[i] = this.columns[j];
    this.columns[j] = ci;
    swapIn(this.columnLength, i, j);
    if (hasJ) this.linkAsNewest(i);
    if (hasI) this.linkAsNewest(j);
    const lo = Math.min(i, j);
    const hi = Math.max(i, j);
    for (let h = this.next[this.l]; h !== this.l; ) {
      const after = this.next[h];
      const len = this.columnLength[h];
      if (len > lo) {
        const data = this.columns[h]!;
        if (len > hi) {
          const tmp = data[lo];
          data[lo] = data[hi];
          data[hi] = tmp;
        } else {
          // The column covers lo but not hi: cheaper to drop it than to extend it.
          this.evict(h);
        }
      }
      h = after;
    }
  }

  private fill(i: number, data: Float32Array, from: number, to: number): void {
    const { d, x, xSquare, y, gamma } = this;
    const base = i * d;
    const yi = y[i];
    const sqi = xSquare[i];
    for (let j = from; j < to; j++) {
      let dot = 0;
      const bj = j * d;
      for (let t = 0; t < d; t++) dot += x[base + t] * x[bj + t];
      data[j] = yi * y[j] * Math.exp(-gamma * (sqi + xSquare[j] - 2 * dot));
    }
  }

  private evict(h: number): void {
    this.unlink(h);
    this.freeFloats += this.columnLength[h];
    this.columns[h] = null;
    this.columnLength[h] = 0;
  }

  private unlink(h: number): void {
    this.next[this.prev[h]] = this.next[h];
    this.prev[this.next[h]] = this.prev[h];
  }

  private linkAsNewest(h: number): void {
    const s = this.l;
    this.next[h] = s;
    this.prev[h] = this.prev[s];
    this.next[this.prev[s]] = h;
    this.prev[s] = h;
  }
}

function swapIn(a: Float64Array | Int32Array | Int8Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
