// How each kind of story mark looks, in one place for the SVG overlay, the canvas (used when a
// kind has many marks) and the legend. Shapes differ as well as colours, for greyscale and for
// colour-blind readers.
import type { MarkerShape } from './story-paths';

export type StoryKind = 'weight' | 'extrapolation' | 'safe' | 'noise' | 'danger' | 'removed';

export interface StoryStyle {
  stroke: string;
  width: number;
  fill?: string;
  dash?: number[];
  opacity?: number;
  /** The marker drawn at each row; weights are circles and extrapolations segments. */
  shape?: MarkerShape;
}

/** In drawing order: weights under everything, removals on top. */
export const STORY_KINDS: StoryKind[] = [
  'weight',
  'extrapolation',
  'safe',
  'noise',
  'danger',
  'removed',
];

export const STORY_STYLES: Record<StoryKind, StoryStyle> = {
  weight: { stroke: '#a66a00', width: 1, fill: 'rgba(230, 159, 0, 0.16)' },
  extrapolation: { stroke: '#6a3d9a', width: 0.9, dash: [3, 2], opacity: 0.7 },
  safe: { stroke: '#1b7837', width: 1.3, shape: 'diamond' },
  noise: { stroke: '#111111', width: 1.8, shape: 'square' },
  danger: { stroke: '#b2182b', width: 2.2, shape: 'ring' },
  removed: { stroke: '#000000', width: 1.8, shape: 'cross' },
};

/** The style as SVG presentation attributes. */
export function svgStyle(kind: StoryKind, styles: Record<StoryKind, StoryStyle> = STORY_STYLES) {
  const s = styles[kind];
  return {
    stroke: s.stroke,
    strokeWidth: s.width,
    fill: s.fill ?? 'none',
    strokeDasharray: s.dash?.join(' '),
    opacity: s.opacity,
    strokeLinecap: kind === 'removed' ? ('round' as const) : undefined,
  };
}
