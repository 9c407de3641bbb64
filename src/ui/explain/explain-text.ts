// The "explain this" card's text, built from what is on screen: the dataset and its class counts,
// the method and its parameters, the anchor, neighbour and λ in view with the formula worked out,
// the run's counts and warnings, and what in this data could make the method fail.
import type { Dataset } from '../../core/data/dataset';
import type { ScalingKind } from '../../core/data/scaling';
import type { ParamSpec } from '../../core/sampling/params';
import type { Params } from '../../core/sampling/types';
import { formatNumber, formatPoint } from '../../plot/format-number';
import { paramToText } from '../../state/param-text';
import { term } from '../formula-lines';
import { SCALING_WORDS } from '../scaling-words';
import { variantNote } from './variant-notes';

/** The synthetic point the card speaks about: a stepper sample, a picked point or the manual one. */
export interface ExplainFocus {
  anchor: number;
  /** -1 when the point has no neighbour (a copy, a mode). */
  neighbor: number;
  gap: number;
  values: ArrayLike<number>;
}

export interface ExplainRun {
  countsBefore: ArrayLike<number>;
  countsAfter: ArrayLike<number>;
  made: number;
  removed: number;
  warnings: readonly string[];
}

export interface ExplainInput {
  data: Dataset;
  datasetTitle: string;
  method: string;
  params: Params;
  specs: readonly ParamSpec[];
  focus: ExplainFocus | null;
  run: ExplainRun | null;
  /** The feature scaling before the neighbour search; none when left out. */
  scaling?: ScalingKind;
}

export interface ExplainSection {
  title: string;
  text: string;
}

// Features shown in the spoken formula; the rest are "likewise".
const SPOKEN_FEATURES = 3;
// A feature whose range is this many times another's decides the distances alone.
const SCALE_RATIO = 20;

const countsText = (data: Dataset, counts: ArrayLike<number>) =>
  data.classNames.map((name, c) => `${counts[c]} ${name}`).join(', ');

function neighbourCount(params: Params): number | null {
  const k = params.k_neighbors ?? params.n_neighbors;
  return typeof k === 'number' ? k : null;
}

function whatText(input: ExplainInput): string {
  const { data, method, run } = input;
  const note = variantNote(method);
  const settings = input.specs
    .map((spec) => `${spec.name}=${paramToText(spec, input.params[spec.name] ?? spec.default)}`)
    .join(', ');
  const opening = `${note?.idea ?? `${method} resamples the data.`} On ${input.datasetTitle} (${data.n} rows: ${countsText(data, countsBefore(data, run))}), I ran ${method}${settings ? ` with ${settings}` : ''}.`;
  if (!run) return `${opening} Resample to see what it does to the class counts.`;
  const changed = data.classNames
    .map((name, c) => ({ name, from: run.countsBefore[c], to: run.countsAfter[c] }))
    .filter((x) => x.from !== x.to)
    .map((x) => `${x.name} from ${x.from} to ${x.to}`);
  const made = run.made > 0 ? `made ${run.made} synthetic points` : '';
  const removed = run.removed > 0 ? `removed ${run.removed} rows` : '';
  const did = [made, removed].filter(Boolean).join(' and ') || 'changed nothing';
  const moved = changed.length > 0 ? `, taking ${changed.join(' and ')}` : '';
  return `${opening} It ${did}${moved}.`;
}

function countsBefore(data: Dataset, run: ExplainRun | null): ArrayLike<number> {
  if (run) return run.countsBefore;
  const counts = new Int32Array(data.classNames.length);
  for (let i = 0; i < data.n; i++) counts[data.y[i]]++;
  return counts;
}

function formulaText(input: ExplainInput): string {
  const { data, focus } = input;
  if (!focus) {
    return 'Pick an anchor, or step to a sample, and this part puts its numbers into x_new = x + λ·(x_nn − x).';
  }
  const { d } = data;
  const row = (r: number) => formatPoint(data.X.subarray(r * d, (r + 1) * d));
  const point = formatPoint(focus.values);
  const className = data.classNames[data.y[focus.anchor]];
  if (focus.neighbor < 0) {
    return `This point comes from anchor row ${focus.anchor}, x = ${row(focus.anchor)}, with no neighbour: it is ${point}, a copy or a vote, not an interpolation.`;
  }
  const k = neighbourCount(input.params);
  const among = k === null ? `one of its nearest rows` : `one of its k = ${k} nearest rows`;
  const lambda = formatNumber(focus.gap, 4);
  const parts: string[] = [];
  for (let j = 0; j < Math.min(d, SPOKEN_FEATURES); j++) {
    const x = data.X[focus.anchor * d + j];
    const nn = data.X[focus.neighbor * d + j];
    const gap = focus.gap < 0 ? `(${lambda})` : lambda;
    parts.push(
      `for ${data.featureNames[j]}, ${term(x)} + ${gap} × (${term(nn)} − ${term(x)}) = ${formatNumber(focus.values[j])}`,
    );
  }
  const rest =
    d > SPOKEN_FEATURES ? `, and likewise for the other ${d - SPOKEN_FEATURES} features` : '';
  const where =
    focus.gap < 0
      ? `λ is negative, so the point lies beyond the anchor, on the side away from the neighbour, outside their segment.`
      : `That is ${formatNumber(focus.gap * 100, 3)}% of the way along the segment: λ = 0 is the anchor, λ = 1 the neighbour, and the point never leaves the segment.`;
  return `Take the ${className} anchor row ${focus.anchor}, x = ${row(focus.anchor)}, and its neighbour row ${focus.neighbor}, x_nn = ${row(focus.neighbor)}, ${among} of class ${className}. With λ = ${lambda}, x_new = x + λ·(x_nn − x): ${parts.join('; ')}${rest}. So the new point is ${point}. ${where}`;
}

/** What in this dataset, with these settings, could make the method go wrong. */
export function dataRisks(input: ExplainInput): string[] {
  const { data, run } = input;
  const risks: string[] = [];
  const ranges = data.featureNames.map((name, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < data.n; i++) {
      const v = data.X[i * data.d + j];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return { name, span: hi - lo };
  });
  const spread = ranges.filter((r) => r.span > 0).sort((a, b) => b.span - a.span);
  if (spread.length >= 2 && spread[0].span >= SCALE_RATIO * spread.at(-1)!.span) {
    const [big, small] = [spread[0], spread.at(-1)!];
    const spans = `Here ${big.name} spans about ${formatNumber(big.span, 3)} and ${small.name} only ${formatNumber(small.span, 3)}`;
    const scaling = input.scaling ?? 'none';
    risks.push(
      scaling !== 'none'
        ? `${spans}; the features are ${SCALING_WORDS[scaling]} before the neighbour search, so both count, and the new rows are still given in the file's units.`
        : `${spans}, so ${big.name} decides who is a neighbour: standardise the features first (Feature scaling).`,
    );
  }
  const k = neighbourCount(input.params);
  const counts = countsBefore(data, run);
  const smallest = Array.from(counts).reduce((best, n, c) => (n < counts[best] ? c : best), 0);
  const size = counts[smallest];
  const name = data.classNames[smallest];
  if (k !== null && size < k + 1) {
    risks.push(
      `Class ${name} has ${size} rows, fewer than k + 1 = ${k + 1}: there are not enough neighbours, and imbalanced-learn raises an error.`,
    );
  } else if (k !== null && size <= 2 * k) {
    risks.push(
      `Class ${name} has only ${size} rows for k = ${k}: each neighbourhood covers much of the class, so segments can cross whatever lies between its points.`,
    );
  }
  if (data.d > 2) {
    risks.push(
      `The neighbours are found in all ${data.d} features; in a 2-D view of two of them a neighbour can look far away, and in many dimensions nearest neighbours lose their meaning.`,
    );
  }
  for (const warning of run?.warnings ?? []) risks.push(`This run warned: ${warning}.`);
  return risks;
}

export function explainSections(input: ExplainInput): ExplainSection[] {
  const note = variantNote(input.method);
  const general = note ? `In general, ${note.fails.join('; ')}.` : '';
  return [
    { title: 'What it did', text: whatText(input) },
    { title: 'The formula with these numbers', text: formulaText(input) },
    { title: `Why ${input.method}`, text: note?.why ?? '' },
    { title: 'When it would fail', text: [...dataRisks(input), general].join(' ') },
    {
      title: 'How to use it honestly',
      text: 'Split first and resample only the training part, inside each cross-validation fold, or synthetic points built from test rows leak into training and the score lies. Judge by minority recall, precision, F1 and PR AUC, not accuracy, and compare with a plain baseline, class weights and threshold tuning.',
    },
  ];
}

/** The card as one text to paste: a heading line per section. */
export function explainPlainText(sections: readonly ExplainSection[]): string {
  return sections.map((s) => `${s.title}\n${s.text}`).join('\n\n');
}
