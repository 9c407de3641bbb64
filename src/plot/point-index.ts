// Hit testing in data space: a quadtree over the plotted coordinates, searched with a radius
// given per axis (the pixel radius divided by each axis's pixels per unit), so zoom needs no rebuild.
import { type Quadtree, type QuadtreeLeaf, quadtree } from 'd3';

export interface Hit {
  /** The point's position in the arrays the index was built from. */
  id: number;
  /** Distance in radii: 0 at the centre, 1 at the edge of the search ellipse. */
  distance: number;
}

export class PointIndex {
  private readonly tree: Quadtree<number>;

  constructor(
    private readonly xs: ArrayLike<number>,
    private readonly ys: ArrayLike<number>,
  ) {
    this.tree = quadtree<number>()
      .x((i) => xs[i])
      .y((i) => ys[i])
      .addAll(Array.from({ length: xs.length }, (_, i) => i));
  }

  get size(): number {
    return this.xs.length;
  }

  /** The point nearest to (qx, qy) within the ellipse of radii (rx, ry); ties go to the lower id. */
  nearest(qx: number, qy: number, rx: number, ry: number): Hit | null {
    let best: Hit | null = null;
    this.tree.visit((node, x0, y0, x1, y1) => {
      if (x0 > qx + rx || x1 < qx - rx || y0 > qy + ry || y1 < qy - ry) return true;
      if (node.length) return false;
      for (let leaf: QuadtreeLeaf<number> | undefined = node; leaf; leaf = leaf.next) {
        const id = leaf.data;
        const dx = (this.xs[id] - qx) / rx;
        const dy = (this.ys[id] - qy) / ry;
        const distance = Math.sqrt(dx * dx + dy * dy);
        if (distance > 1) continue;
        if (!best || distance < best.distance || (distance === best.distance && id < best.id)) {
          best = { id, distance };
        }
      }
      return false;
    });
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
