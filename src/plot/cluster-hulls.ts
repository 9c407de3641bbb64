// KMeansSMOTE's clusters on the plotted axes: the convex hull of each cluster's rows in data space
// (computed once per result and axes; zooming only maps the corners).
import { polygonCentroid, polygonHull } from 'd3';
import type { PlotColumns } from './plot-columns';

export interface ClusterHull {
  cluster: number;
  size: number;
  /** Corners in data space; fewer than 3 when the cluster is a point or a line. */
  corners: [number, number][];
  /** Where its label goes, in data space. */
  centre: [number, number];
}

export function clusterHulls(labels: Int32Array, columns: PlotColumns): ClusterHull[] {
  const groups = new Map<number, [number, number][]>();
  for (let i = 0; i < labels.length; i++) {
    const list = groups.get(labels[i]) ?? [];
    list.push([columns.xs[i], columns.ys[i]]);
    groups.set(labels[i], list);
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((cluster) => {
      const points = groups.get(cluster)!;
      const hull = points.length >= 3 ? polygonHull(points) : null;
      const corners = hull ?? points.slice(0, 2);
      const centre = hull
        ? polygonCentroid(hull)
        : ([corners[0][0], corners[0][1]] as [number, number]);
      return { cluster, size: points.length, corners, centre };
    });
}
