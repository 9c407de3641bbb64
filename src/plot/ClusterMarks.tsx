import { useMemo } from 'react';
import { clusterHulls } from './cluster-hulls';
import type { PlotColumns } from './plot-columns';
import type { PlotScales } from './scales';

interface ClusterMarksProps {
  /** Cluster id per input row. */
  labels: Int32Array;
  /** The clusters KMeansSMOTE over-sampled. */
  used: readonly number[];
  rows: PlotColumns;
  scales: PlotScales;
}

/** KMeansSMOTE's clusters as outlines (hulls on the plotted axes), the over-sampled ones emphasised. */
export function ClusterMarks({ labels, used, rows, scales }: ClusterMarksProps) {
  const hulls = useMemo(() => clusterHulls(labels, rows), [labels, rows]);
  return (
    <g className="clusters" data-story="clusters" data-count={hulls.length}>
      {hulls.map((hull) => {
        const isUsed = used.includes(hull.cluster);
        const points = hull.corners.map(([x, y]) => `${scales.x(x)},${scales.y(y)}`).join(' ');
        return (
          <g
            key={hull.cluster}
            className={isUsed ? 'cluster cluster-used' : 'cluster'}
            data-cluster={hull.cluster}
          >
            <polygon points={points} />
            <text
              className="cluster-label"
              x={scales.x(hull.centre[0])}
              y={scales.y(hull.centre[1])}
              textAnchor="middle"
            >
              {`cluster ${hull.cluster}${isUsed ? ' · used' : ''}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}
