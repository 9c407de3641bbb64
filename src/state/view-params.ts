// The parameters that make a picture: what the URL holds and what a dataset opens with.
import type { ScalingKind } from '../core/data/scaling';
import type { DatasetEntry } from './catalog';

/** The plot's two axes: two feature columns, or PC1/PC2 of the standardised features. */
export type ProjectionKind = 'columns' | 'pca';

export interface ViewParams {
  dataset: string;
  /** A method name from the core's registry. */
  method: string;
  /** The method's parameters that differ from what it opens with, as text (URL `p.<name>`). */
  params: Record<string, string>;
  k: number;
  seed: number;
  /** Synthetic children drawn from the selected anchor alone. */
  samples: number;
  /** Where the manual point sits on the segment to the selected neighbour. */
  lambda: number;
  anchor: number | null;
  /** The neighbour's row index (not its position in the anchor's neighbour list). */
  neighbor: number | null;
  /** Feature names on the plot's axes; null means the first two features. */
  x: string | null;
  y: string | null;
  /** Whether the whole dataset has been resampled. */
  resampled: boolean;
  /** Feature scaling before every neighbour search (URL `scale`). */
  scale: ScalingKind;
  /** What the plot shows (URL `proj`). */
  proj: ProjectionKind;
  /** Whether the small multiples of every variant are shown instead of the plot. */
  compare: boolean;
}

export interface IntRange {
  min: number;
  max: number;
}

export const LIMITS = {
  k: { min: 1, max: 15 },
  seed: { min: 0, max: 4294967295 },
  samples: { min: 0, max: 20 },
} satisfies Record<string, IntRange>;

export const FALLBACK = {
  method: 'SMOTE',
  k: 5,
  seed: 0,
  samples: 3,
  lambda: 0.5,
};

export function isIntIn(value: number, range: IntRange): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

export function isLambda(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}

/** What a dataset opens with: its own presets, then smote-lab's defaults. */
export function datasetDefaults(entry: DatasetEntry) {
  const d = entry.defaults;
  return {
    k: d.k ?? FALLBACK.k,
    samples: d.samples ?? FALLBACK.samples,
    lambda: d.lambda ?? FALLBACK.lambda,
    anchor: d.anchor ?? null,
    neighbor: d.neighbor ?? null,
    x: d.x ?? null,
    y: d.y ?? null,
  };
}

/** A full view from what was asked for; a view that names its own anchor drops the preset neighbour. */
export function applyDefaults(
  entry: DatasetEntry,
  asked: Partial<ViewParams>,
  seed: number,
): ViewParams {
  const d = datasetDefaults(entry);
  const ownAnchor = asked.anchor !== undefined;
  return {
    dataset: entry.name,
    method: asked.method ?? entry.defaults.method ?? FALLBACK.method,
    params: asked.params ?? {},
    k: asked.k ?? d.k,
    seed: asked.seed ?? seed,
    samples: asked.samples ?? d.samples,
    lambda: asked.lambda ?? d.lambda,
    anchor: ownAnchor ? (asked.anchor ?? null) : d.anchor,
    neighbor: asked.neighbor !== undefined ? asked.neighbor : ownAnchor ? null : d.neighbor,
    x: asked.x ?? d.x,
    y: asked.y ?? d.y,
    resampled: asked.resampled ?? false,
    scale: asked.scale ?? 'none',
    proj: asked.proj ?? 'columns',
    compare: asked.compare ?? false,
  };
}
