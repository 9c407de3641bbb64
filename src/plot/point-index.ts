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

interface Grid {
  side: number;
  minX: number;
  minY: number;
  cellW: number;
  cellH: number;
  /** Point ids grouped by cell, in id order within a cell. */
  order: Int32Array;
  /** Cell c holds order[starts[c]] up to order[starts[c + 1]]. */
  starts: Int32Array;
}

function cellOf(grid: Grid, min: number, size: number, v: number): number {
  return Math.min(grid.side - 1, Math.max(0, Math.floor((v - min) / size)));
}

function buildGrid(xs: ArrayLike<number>, ys: ArrayLike<number>): Grid {
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
  const side = Math.max(1, Math.ceil(Math.sqrt(n / PER_CELL)));
  const cellW = (maxX - minX) / side || 1;
  const cellH = (maxY - minY) / side || 1;
  const grid = {
    side,
    minX,
    minY,
    cellW,
    cellH,
    order: new Int32Array(0),
    starts: new Int32Array(0),
  };
  const cells = side * side;
  const cell = new Int32Array(n);
  const starts = new Int32Array(cells + 1);
  for (let i = 0; i < n; i++) {
    const finite = Number.isFinite(xs[i]) && Number.isFinite(ys[i]);
    cell[i] = finite
      ? cellOf(grid, minX, cellW, xs[i]) + side * cellOf(grid, minY, cellH, ys[i])
      : -1;
    if (finite) starts[cell[i] + 1]++;
  }
  for (let c = 0; c < cells; c++) starts[c + 1] += starts[c];
  const fill = starts.slice(0, cells);
  const order = new Int32Array(starts[cells]);
  for (let i = 0; i < n; i++) if (cell[i] >= 0) order[fill[cell[i]]++] = i;
  return { ...grid, order, starts };
}

export class PointIndex {
  // Built on the first search, so a new dataset reaches the screen without waiting for it.
  private grid: Grid | null = null;

  constructor(
    private readonly xs: ArrayLike<number>,
    private readonly ys: ArrayLike<number>,
  ) {}

  get size(): number {
    return this.xs.length;
  }

  /** The point nearest to (qx, qy) within the ellipse of radii (rx, ry); ties go to the lower id. */
  nearest(qx: number, qy: number, rx: number, ry: number): Hit | null {
    this.grid ??= buildGrid(this.xs, this.ys);
    const g = this.grid;
    if (g.order.length === 0) return null;
    let best: Hit | null = null;
    const [x0, x1] = [cellOf(g, g.minX, g.cellW, qx - rx), cellOf(g, g.minX, g.cellW, qx + rx)];
    const [y0, y1] = [cellOf(g, g.minY, g.cellH, qy - ry), cellOf(g, g.minY, g.cellH, qy + ry)];
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const c = cx + g.side * cy;
        for (let k = g.starts[c]; k < g.starts[c + 1]; k++) {
          const id = g.order[k];
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
