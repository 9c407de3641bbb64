// Hit testing in data space: the points bucketed in a uniform grid (one counting sort, a few
// milliseconds for 200,000 points, where a quadtree took most of a second on the main thread),
// searched with a radius given per axis (the pixel radius divided by each axis's pixels per
// unit), so zoom needs no rebuild.

export interface Hit {
  /** The point's position in the arrays the index was built from. */
  id: number;
  /** Distance in radii: 0 at the centre, 1 at the edge of the search ellipse. */
  distance: number;
}

/** About this many points per grid cell on average. */
const PER_CELL = 8;

export class PointIndex {
  private readonly side: number;
  private readonly minX: number;
  private readonly minY: number;
  private readonly cellW: number;
  private readonly cellH: number;
  /** Point ids grouped by cell, in id order within a cell. */
  private readonly order: Int32Array;
  /** Cell c holds order[starts[c]] up to order[starts[c + 1]]. */
  private readonly starts: Int32Array;

  constructor(
    private readonly xs: ArrayLike<number>,
    private readonly ys: ArrayLike<number>,
  ) {
    const n = xs.length;
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const y = ys[i];
      // A point without both coordinates is not drawn, so it cannot be hit.
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.side = Math.max(1, Math.ceil(Math.sqrt(n / PER_CELL)));
    this.minX = minX;
    this.minY = minY;
    this.cellW = (maxX - minX) / this.side || 1;
    this.cellH = (maxY - minY) / this.side || 1;
    const cells = this.side * this.side;
    const cellOf = new Int32Array(n);
    const starts = new Int32Array(cells + 1);
    for (let i = 0; i < n; i++) {
      const finite = Number.isFinite(xs[i]) && Number.isFinite(ys[i]);
      cellOf[i] = finite ? this.cellX(xs[i]) + this.side * this.cellY(ys[i]) : -1;
      if (finite) starts[cellOf[i] + 1]++;
    }
    for (let c = 0; c < cells; c++) starts[c + 1] += starts[c];
    const fill = starts.slice(0, cells);
    const order = new Int32Array(starts[cells]);
    for (let i = 0; i < n; i++) if (cellOf[i] >= 0) order[fill[cellOf[i]]++] = i;
    this.order = order;
    this.starts = starts;
  }

  get size(): number {
    return this.xs.length;
  }

  private cellX(x: number): number {
    return Math.min(this.side - 1, Math.max(0, Math.floor((x - this.minX) / this.cellW)));
  }

  private cellY(y: number): number {
    return Math.min(this.side - 1, Math.max(0, Math.floor((y - this.minY) / this.cellH)));
  }

  /** The point nearest to (qx, qy) within the ellipse of radii (rx, ry); ties go to the lower id. */
  nearest(qx: number, qy: number, rx: number, ry: number): Hit | null {
    if (this.order.length === 0) return null;
    let best: Hit | null = null;
    const [x0, x1] = [this.cellX(qx - rx), this.cellX(qx + rx)];
    const [y0, y1] = [this.cellY(qy - ry), this.cellY(qy + ry)];
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const c = cx + this.side * cy;
        for (let k = this.starts[c]; k < this.starts[c + 1]; k++) {
          const id = this.order[k];
          const dx = (this.xs[id] - qx) / rx;
          const dy = (this.ys[id] - qy) / ry;
          const distance = Math.sqrt(dx * dx + dy * dy);
          if (distance > 1) continue;
          if (!best || distance < best.distance || (distance === best.distance && id < best.id)) {
            best = { id, distance };
          }
        }
      }
    }
    return best;
  }
}

export interface Layer<K extends string> {
  kind: K;
  index: PointIndex;
}

/** The nearest hit over several layers; on equal distance the earlier (upper) layer wins. */
export function pickNearest<K extends string>(
  layers: readonly Layer<K>[],
  qx: number,
  qy: number,
  rx: number,
  ry: number,
): { kind: K; id: number } | null {
  let best: { kind: K; id: number; distance: number } | null = null;
  for (const layer of layers) {
    const hit = layer.index.nearest(qx, qy, rx, ry);
    if (hit && (!best || hit.distance < best.distance)) best = { kind: layer.kind, ...hit };
  }
  return best && { kind: best.kind, id: best.id };
}
