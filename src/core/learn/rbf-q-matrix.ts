// The Q matrix of one binary C-SVC problem, Q_ij = y_i·y_j·exp(−γ‖x_i − x_j‖²), as LIBSVM's
// SVC_Q: columns are computed on demand over the first `len` (active) positions, stored in float32
// and kept in a least-recently-used cache bounded in bytes. Positions can be swapped (shrinking).
// Features are stored feature-major so a column is a few streaming passes over typed arrays.
// Where a helper is installed, the arrays live in shared memory and long columns are filled by
// several threads.
import { type KernelColumnTeam, parallelKernelColumns } from './parallel-kernel';
import { fillRbfColumn, type RbfColumnArrays } from './rbf-column';

// Below this many entries, sharing a column's fill costs more than it saves.
const PARALLEL_MIN_ENTRIES = 16384;

/** A zeroed typed array, over shared memory when helper threads are to read it. */
function allocate<T>(make: (b: ArrayBufferLike) => T, bytes: number, shared: boolean): T {
  return make(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

export class RbfQMatrix {
  readonly l: number;
  /** Diagonal Q_ii (1 for the RBF kernel), permuted along with the positions. */
  readonly QD: Float64Array;
  private readonly d: number;
  /** Feature t of position p is xf[t * l + p]. */
  private readonly xf: Float64Array;
  private readonly dot: Float64Array;
  private readonly xSquare: Float64Array;
  private readonly y: Int8Array;
  private readonly arrays: RbfColumnArrays;
  private team: KernelColumnTeam | null = null;
  private readonly columns: (Float32Array | null)[];
  private readonly columnLength: Int32Array;
  // LRU list over column indices; position `l` is the sentinel (next = least recently used).
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  /** Every slot's memory, reserved at once: pages are only materialised when a column is filled. */
  private readonly arena: Float32Array;
  private slotsUsed = 0;
  /** Buffers of columns dropped by a swap, for reuse. */
  private readonly spare: Float32Array[] = [];

  /**
   * @param x the problem's rows, row-major (copied: positions get permuted)
   * @param y +1 or −1 per row
   * @param cacheBytes memory the cached columns may hold; at least two full columns are allowed
   */
  constructor(x: Float64Array, d: number, y: Int8Array, gamma: number, cacheBytes: number) {
    const l = y.length;
    this.l = l;
    this.d = d;
    const parallel = parallelKernelColumns();
    const shared = parallel !== null && l >= PARALLEL_MIN_ENTRIES;
    this.y = allocate((b) => new Int8Array(b), l, shared);
    this.y.set(y);
    this.xf = allocate((b) => new Float64Array(b), l * d * 8, shared);
    this.dot = new Float64Array(l);
    this.xSquare = allocate((b) => new Float64Array(b), l * 8, shared);
    for (let i = 0; i < l; i++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = x[i * d + t];
        this.xf[t * l + i] = v;
        s += v * v;
      }
      this.xSquare[i] = s;
    }
    this.QD = new Float64Array(l).fill(1);
    this.columns = new Array<Float32Array | null>(l).fill(null);
    this.columnLength = new Int32Array(l);
    this.prev = new Int32Array(l + 1).fill(l);
    this.next = new Int32Array(l + 1).fill(l);
    const slots = Math.min(
      Math.max(Math.floor(cacheBytes / (4 * Math.max(l, 1))), 2),
      Math.max(l, 2),
    );
    this.arena = allocate((b) => new Float32Array(b), slots * l * 4, shared);
    this.arrays = { l, d, gamma, xf: this.xf, xSquare: this.xSquare, y: this.y };
    if (shared && parallel) this.team = parallel.begin({ ...this.arrays, arena: this.arena });
  }

  /** Lets helper threads go; the matrix still works, on one thread. */
  release(): void {
    this.team?.end();
    this.team = null;
  }

  /** Column i over positions [0, len); entries past `len` may be stale. */
  column(i: number, len: number): Float32Array {
    const have = this.columnLength[i];
    if (have > 0) this.unlink(i);
    let data = this.columns[i];
    if (have < len) {
      data ??= this.acquire();
      this.columns[i] = data;
      this.fill(i, data, have, len);
      this.columnLength[i] = len;
    }
    this.linkAsNewest(i);
    return data!;
  }

  /**
   * A full-length slot: an unused one while the arena has it, else the least recently used
   * column's. Every slot holds l floats so a column grows in place, and nothing is reallocated:
   * fresh typed arrays cost more to allocate and fault in than to fill.
   */
  private acquire(): Float32Array {
    const spare = this.spare.pop();
    if (spare) return spare;
    const { l, slotsUsed } = this;
    if ((slotsUsed + 1) * l <= this.arena.length) {
      this.slotsUsed++;
      return this.arena.subarray(slotsUsed * l, (slotsUsed + 1) * l);
    }
    const h = this.next[this.l];
    const buffer = this.columns[h]!;
    this.evict(h);
    return buffer;
  }

  /** Exchanges positions i and j everywhere: rows, labels, diagonal and cached entries. */
  swapIndex(i: number, j: number): void {
    if (i === j) return;
    const { d, l, xf } = this;
    for (let o = 0; o < d * l; o += l) {
      const tmp = xf[o + i];
      xf[o + i] = xf[o + j];
      xf[o + j] = tmp;
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
        } else if (lo > 0) {
          // Position lo now holds a row this column never reached: keep the entries before it.
          this.columnLength[h] = lo;
        } else {
          this.evict(h);
          this.spare.push(data);
        }
      }
      h = after;
    }
  }

  private fill(i: number, data: Float32Array, from: number, to: number): void {
    if (this.team && to - from >= PARALLEL_MIN_ENTRIES) {
      this.team.fill(i, data.byteOffset / 4 / this.l, from, to);
    } else {
      fillRbfColumn(this.arrays, this.dot, i, data, from, to);
    }
  }

  private evict(h: number): void {
    this.unlink(h);
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
