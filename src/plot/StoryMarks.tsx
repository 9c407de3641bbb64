import type { ResampleSummary } from '../worker/client';
import { ClusterMarks } from './ClusterMarks';
import type { PlotColumns } from './plot-columns';
import { usePlotTheme } from './plot-theme';
import type { PlotScales } from './scales';
import { svgStyle } from './story-styles';
import { onCanvas, type StoryPath } from './use-story-paths';

interface StoryMarksProps {
  result: ResampleSummary;
  paths: StoryPath[];
  rows: PlotColumns;
  scales: PlotScales;
}

/** Each method's story over the points in the overlay: clusters, and the kinds with few marks. */
export function StoryMarks({ result, paths, rows, scales }: StoryMarksProps) {
  const { clusterLabels, clustersUsed } = result.diagnostics;
  const { story } = usePlotTheme();
  return (
    <g className="story">
      {clusterLabels && (
        <ClusterMarks
          labels={clusterLabels}
          used={clustersUsed ?? []}
          rows={rows}
          scales={scales}
        />
      )}
      {paths.map((path) =>
        onCanvas(path) ? null : (
          <path
            key={path.kind}
            className={`story-${path.kind}`}
            data-story={path.kind}
            data-count={path.count}
            d={path.d}
            {...svgStyle(path.kind, story)}
          />
        ),
      )}
    </g>
  );
}
