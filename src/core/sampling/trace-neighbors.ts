// The neighbour search each method ran for its anchors, redone for one anchor at a time: among
// the anchor's class, among every row (borderline-2), within its k-means cluster, by SMOTENC's
// distance or by the Value Difference Metric (SMOTEN, which counts the anchor itself).
import { classRows, type Dataset } from '../data/dataset';
import { allRows, buildNeighborIndex, type NeighborIndex } from '../neighbors/find-neighbors';
import type { NeighborTable } from '../neighbors/types';
import { categoricalFeature } from './categorical-feature';
import { nearestWithSelf } from './smote-n';
import { type SmoteNcColumns, smoteNcNeighbors } from './smote-nc';
import { classProbabilityRows, valueDifference } from './value-difference';

export type NeighborSpace = 'class' | 'all' | 'cluster' | 'class-nc' | 'class-vdm';

export interface ClusterRows {
  id: number;
  rows: Int32Array;
}

export interface AnchorNeighbors {
  neighbors: Int32Array;
  distances: Float64Array;
}

/** Answers "the anchor's k neighbours in this space", building each index once. */
export class NeighborSearch {
  private readonly indexes = new Map<string, NeighborIndex>();
  private readonly ncTables = new Map<number, NeighborTable>();
  private vdm: Float64Array | null = null;
  private readonly classes = new Map<number, Int32Array>();

  constructor(
    private readonly data: Dataset,
    private readonly nc: SmoteNcColumns | null,
  ) {}

  classRows(c: number): Int32Array {
    let rows = this.classes.get(c);
    if (!rows) {
      rows = classRows(this.data, c);
      this.classes.set(c, rows);
    }
    return rows;
  }

  /** For space 'cluster', `cluster` names the anchor's cluster and holds its rows of the anchor's class. */
  find(
    space: NeighborSpace,
    anchor: number,
    k: number,
    cluster: ClusterRows | null,
  ): AnchorNeighbors {
    const c = this.data.y[anchor];
    switch (space) {
      case 'class':
        return this.query(`class ${c}`, () => this.classRows(c), anchor, k);
      case 'all':
        return this.query('all', () => allRows(this.data.n), anchor, k);
      case 'cluster': {
        const rows = cluster?.rows ?? new Int32Array(0);
        return this.query(`cluster ${cluster?.id} class ${c}`, () => rows, anchor, k);
      }
      case 'class-nc':
        return this.ncNeighbors(c, anchor, k);
      case 'class-vdm':
        return this.vdmNeighbors(c, anchor, k);
    }
  }

  private query(key: string, rows: () => Int32Array, anchor: number, k: number): AnchorNeighbors {
    const { X, d } = this.data;
    let index = this.indexes.get(key);
    if (!index) {
      index = buildNeighborIndex(X, d, rows());
      this.indexes.set(key, index);
    }
    const size = Math.min(k, index.size - 1);
    const neighbors = new Int32Array(Math.max(size, 0));
    const distances = new Float64Array(neighbors.length);
    if (size > 0)
      index.query(X.subarray(anchor * d, anchor * d + d), size, anchor, neighbors, distances, 0);
    return { neighbors, distances };
  }

  private ncNeighbors(c: number, anchor: number, k: number): AnchorNeighbors {
    const rows = this.classRows(c);
    let table = this.ncTables.get(c);
    if (!table || table.k !== k) {
      const nc = this.nc ?? { features: [], continuous: [] };
      table = smoteNcNeighbors(this.data, rows, nc.continuous, nc.features, k);
      this.ncTables.set(c, table);
    }
    const at = rows.indexOf(anchor) * k;
    return {
      neighbors: table.indices.slice(at, at + k),
      distances: table.distances.slice(at, at + k),
    };
  }

  /** SMOTEN's group: the anchor and its k nearest by VDM (squared, as imbalanced-learn sums it). */
  private vdmNeighbors(c: number, anchor: number, k: number): AnchorNeighbors {
    const { data } = this;
    const features = data.columns.map((ref) => categoricalFeature(data, ref));
    this.vdm ??= classProbabilityRows(data, features);
    const C = data.classNames.length;
    const group = nearestWithSelf(this.vdm, features.length, C, this.classRows(c), anchor, k + 1);
    const P = this.vdm;
    const distances = Float64Array.from(group, (row) =>
      valueDifference(P, features.length, C, anchor, row),
    );
    return { neighbors: group, distances };
  }
}
