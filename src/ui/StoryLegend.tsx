import type { ReactNode } from 'react';
import { usePlotTheme } from '../plot/plot-theme';
import { markerPath } from '../plot/story-paths';
import { STORY_STYLES, type StoryKind, type StoryStyle, svgStyle } from '../plot/story-styles';
import type { ResampleSummary } from '../worker/client';
import { borderRole, removerText } from './method-roles';

interface Entry {
  key: string;
  label: string;
  count?: number;
  mark: ReactNode;
}

const ORIGIN = Float64Array.of(0, 0);

/** A story kind's mark as the plot draws it, at swatch size. */
function swatchMark(kind: StoryKind, story: Record<StoryKind, StoryStyle>, size = 5.5): ReactNode {
  const d =
    kind === 'extrapolation'
      ? 'M-7,5L7,-5'
      : markerPath(ORIGIN, STORY_STYLES[kind].shape ?? 'ring', size);
  return <path d={d} {...svgStyle(kind, story)} opacity={1} />;
}

/** The legend entries for the marks a result puts on the plot. */
function storyEntries(result: ResampleSummary, story: Record<StoryKind, StoryStyle>): Entry[] {
  const { diagnostics: d, method } = result;
  const entries: Entry[] = [];
  for (const set of ['danger', 'noise', 'safe'] as const) {
    const rows = d[set];
    if (rows) {
      const mark = swatchMark(set, story, set === 'safe' ? 5 : 5.5);
      entries.push({ key: set, label: borderRole(method, set), count: rows.length, mark });
    }
  }
  if (d.weights) {
    const label = 'circle area ∝ ADASYN weight (its share of new points)';
    entries.push({ key: 'weight', label, mark: swatchMark('weight', story, 6.5) });
  }
  if (d.clusterLabels) {
    const square = <polygon points="-6,-6 6,-6 6,6 -6,6" />;
    const used = <g className="cluster cluster-used">{square}</g>;
    entries.push({ key: 'used', label: 'cluster over-sampled', mark: used });
    entries.push({
      key: 'unused',
      label: 'cluster skipped',
      mark: <g className="cluster">{square}</g>,
    });
  }
  const extrapolated = result.provenance.gap.filter((g) => g < 0).length;
  if (extrapolated > 0) {
    const label = 'extrapolated (λ < 0), from its anchor';
    entries.push({
      key: 'extrapolation',
      label,
      count: extrapolated,
      mark: swatchMark('extrapolation', story),
    });
  }
  if (result.removed.length > 0) {
    const label = `removed by ${removerText(method)}`;
    const count = result.removed.length;
    entries.push({ key: 'removed', label, count, mark: swatchMark('removed', story, 5) });
  }
  return entries;
}

/** Legend items for the method's story marks (border sets, weights, clusters, removals). */
export function StoryLegendItems({ result }: { result: ResampleSummary }) {
  const { story } = usePlotTheme();
  return storyEntries(result, story).map((entry) => (
    <li key={entry.key} data-story-legend={entry.key}>
      <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className="swatch">
        {entry.mark}
      </svg>
      {entry.label}
      {entry.count !== undefined && <span className="count">{entry.count}</span>}
    </li>
  ));
}
