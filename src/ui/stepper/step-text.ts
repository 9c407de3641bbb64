// The stepper's narration of one synthetic sample, step by step, in sentences with the run's own
// numbers: how the anchor was drawn, where its neighbours were searched, which slot was drawn,
// how λ was made. The formula itself is worked out by formulaLines.
import type { Dataset } from '../../core/data/dataset';
import type { ScalingKind } from '../../core/data/scaling';
import type { AnchorPool, SampleTrace } from '../../core/sampling/sample-trace';
import { formatDistance, formatNumber, formatPoint } from '../../plot/format-number';
import type { PhaseName } from '../../state/stepper-timeline';
import { rowCells } from '../row-cells';
import { SCALING_WORDS } from '../scaling-words';

export const PHASE_TITLES: Record<PhaseName, string> = {
  anchor: 'pick the anchor',
  neighbors: 'find its nearest neighbours',
  neighbor: 'choose one neighbour',
  lambda: 'draw λ',
  place: 'place the point',
  remove: 'remove a row',
};

/** 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const lambdaText = (gap: number) => formatNumber(gap, 4);

function className(data: Dataset, t: SampleTrace): string {
  return data.classNames[t.classCode];
}

/** "row 3 = (140, 190)" */
export function rowText(data: Dataset, row: number): string {
  return `row ${row} = ${formatPoint(data.X.subarray(row * data.d, (row + 1) * data.d))}`;
}

function poolText(kind: AnchorPool, size: number, name: string, cluster: number | null): string {
  switch (kind) {
    case 'class':
      return `the ${size} rows of class ${name}`;
    case 'danger':
      return `the ${size} ${name} rows in danger (at least half, but not all, of their m_neighbors nearest rows are of another class)`;
    case 'danger-support':
      return `the ${size} ${name} support vectors in danger`;
    case 'safe-support':
      return `the ${size} safe ${name} support vectors`;
    case 'cluster':
      return `the ${size} ${name} rows of k-means cluster ${cluster}`;
    case 'weighted':
      return `the ${size} ${name} rows with a share`;
  }
}

export function anchorLines(data: Dataset, t: SampleTrace, method: string): string[] {
  const name = className(data, t);
  const size = t.pool.length;
  const pool = poolText(t.poolKind, size, name, t.cluster);
  const where = `Anchor x: ${rowCells(data, t.anchor)
    .map((cell) => `${cell.name} ${cell.text}`)
    .join(', ')}.`;
  switch (t.drawRule) {
    case 'pair':
      return [
        `${method} draws one whole number j from 0 to ${size * t.k - 1} for each sample: ${pool} × k = ${t.k} neighbour slots.`,
        `Here j = ${t.draw}, so the anchor is number ⌊${t.draw} / ${t.k}⌋ = ${t.position} in that list (counting from 0): row ${t.anchor}.`,
        where,
      ];
    case 'uniform':
      return [
        `${method} draws one whole number from 0 to ${size - 1} for each sample, one per row of ${pool}.`,
        `Here ${t.draw}, so the anchor is row ${t.anchor}.`,
        where,
      ];
    case 'quota': {
      const weight = t.weight === null ? '' : ` (its weight r̂ = ${formatNumber(t.weight, 3)})`;
      return [
        `ADASYN does not draw its anchors: each of ${pool} makes its share of the samples, in row order.`,
        `Row ${t.anchor} makes ${t.quota} of them${weight}: the more of its neighbours are of another class, the more it makes.`,
        where,
      ];
    }
  }
}

/** How the run searched and what the plot can show of it: the scaling, and whether a ring is drawn. */
export interface StepSearch {
  scaling: ScalingKind;
  ring: boolean;
}

const PLAIN_SEARCH: StepSearch = { scaling: 'none', ring: true };

export function neighborsLines(
  data: Dataset,
  t: SampleTrace,
  search: StepSearch = PLAIN_SEARCH,
): string[] {
  const name = className(data, t);
  const features = `in all ${data.d} feature${data.d === 1 ? '' : 's'}`;
  const lines: string[] = [];
  switch (t.space) {
    case 'class':
      lines.push(
        `Its k = ${t.k} nearest rows of class ${name} only, ${features} (Euclidean distance; ties go to the lower row).`,
      );
      break;
    case 'all':
      lines.push(
        `Its k = ${t.k} nearest rows of any class (borderline-2 searches the whole data), ${features}.`,
      );
      break;
    case 'cluster':
      lines.push(
        `Its k = ${t.k} nearest ${name} rows inside k-means cluster ${t.cluster}, ${features}.`,
      );
      break;
    case 'class-nc':
      lines.push(
        `Its k = ${t.k} nearest ${name} rows by SMOTENC's distance: the numeric differences, plus the median of the class's numeric standard deviations for each category that differs.`,
        'No ring is drawn: this distance is not the one the axes show.',
      );
      return lines;
    case 'class-vdm':
      lines.push(
        `Its group: the anchor and its k = ${t.k} nearest ${name} rows by the Value Difference Metric (how differently the classes use each value), the anchor itself included.`,
        'No ring is drawn: this distance is not the one the axes show.',
      );
      return lines;
    default:
      return lines;
  }
  const words = SCALING_WORDS[search.scaling];
  if (search.scaling !== 'none') {
    lines.push(`Distances are measured on ${words} features; the values shown are the file's own.`);
  }
  const radius = t.distances.at(-1);
  if (!search.ring) {
    lines.push(
      `No ring is drawn: PC1 and PC2 show the standardised features, where a ball of this search on ${words} features is no circle.`,
    );
    return lines;
  }
  if (radius !== undefined) {
    lines.push(
      `The ring through the ${ordinal(t.k)} nearest, ${formatDistance(radius)} away, holds them all.`,
    );
  }
  if (data.d > 2) {
    lines.push(
      `With ${data.d} features and 2 on screen, the ring is the shadow of a ${data.d}-D ball: every neighbour falls inside it, but a row inside it may be farther away in the hidden features.`,
    );
  }
  return lines;
}

export function neighborLines(data: Dataset, t: SampleTrace): string[] {
  if (t.slot < 0) return [];
  const nearest = `the ${ordinal(t.slot + 1)} nearest: ${rowText(data, t.neighbor)}, ${formatDistance(t.distances[t.slot])} away`;
  const lines =
    t.drawRule === 'pair'
      ? [`The same j picks the neighbour: ${t.draw} mod ${t.k} = slot ${t.slot}, ${nearest}.`]
      : [`A whole number from 0 to ${t.k - 1} is drawn for this sample: ${t.slot}, ${nearest}.`];
  const other = data.y[t.neighbor];
  if (other !== t.classCode) {
    lines.push(
      `Row ${t.neighbor} is of class ${data.classNames[other]}, not ${className(data, t)}: borderline-2 may step toward another class, at most halfway.`,
    );
  }
  return lines;
}

export function lambdaLines(t: SampleTrace): string[] {
  const lambda = lambdaText(t.gap);
  switch (t.gapRule) {
    case 'uniform':
      return [
        `λ = ${lambda}, drawn uniformly from [0, 1).`,
        `The new point lies ${formatNumber(t.gap * 100, 3)}% of the way from the anchor (λ = 0) to the neighbour (λ = 1).`,
      ];
    case 'out-step': {
      const outStep = t.outStep ?? 0;
      const u = outStep > 0 ? -t.gap / outStep : 0;
      return [
        `λ = ${lambda} = −out_step × u = −${formatNumber(outStep)} × ${formatNumber(u, 4)}, with u drawn uniformly from [0, 1).`,
        'A safe support vector steps away from its neighbour: the point goes beyond the anchor, outside their segment, at most out_step of their distance.',
      ];
    }
    case 'halfway':
      return [
        `λ = ${lambda}: toward another class, borderline-2 multiplies its uniform draw by a second one from [0, 0.5), so the point stays in the anchor's half of the segment.`,
      ];
    case 'none':
      return [];
  }
}

/** The sentence under the formula. */
export function placeLine(t: SampleTrace, method: string): string {
  const point = formatPoint(t.values);
  switch (t.kind) {
    case 'interpolate':
      return `x_new = ${point}, on the segment between row ${t.anchor} and row ${t.neighbor}.`;
    case 'extrapolate':
      return `x_new = ${point}, beyond row ${t.anchor}, on the side away from row ${t.neighbor}.`;
    case 'copy':
      return `${method} copies row ${t.anchor}: x_new = ${point}. The class gets heavier, not wider.`;
    case 'jitter':
      return `Row ${t.anchor} plus Gaussian noise (a smoothed bootstrap, set by shrinkage): x_new = ${point}.`;
    case 'mode':
      return `Each feature takes the most common value among the anchor and its ${t.k} neighbours (ties: the value that sorts first).`;
  }
}

export function stepLines(
  data: Dataset,
  t: SampleTrace,
  phase: PhaseName,
  method: string,
  search: StepSearch = PLAIN_SEARCH,
): string[] {
  switch (phase) {
    case 'anchor':
      return anchorLines(data, t, method);
    case 'neighbors':
      return neighborsLines(data, t, search);
    case 'neighbor':
      return neighborLines(data, t);
    case 'lambda':
      return lambdaLines(t);
    default:
      return [];
  }
}
