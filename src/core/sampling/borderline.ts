// BorderlineSMOTE: Han, Wang and Mao (2005), "Borderline-SMOTE: A New Over-Sampling Method in
// Imbalanced Data Sets Learning", ICIC 2005, LNCS 3644. imbalanced-learn 0.14's algorithm: only
// minority rows in danger (m/2 ≤ other-class neighbours < m) are anchors; borderline-2 may step
// toward any class, at most halfway toward another. Differences: a class with no danger rows is
// skipped with a warning (imbalanced-learn is silent), and too few rows is an error value.
import { classRows, type Dataset } from '../data/dataset';
import { buildNeighborIndex, findNeighbors, type NeighborIndex } from '../neighbors/find-neighbors';
import { type Outcome, ok } from '../outcome';
import { forEachResampledClass } from './class-loop';
import { checkClassSize } from './class-size';
import { kNeighborsParam, samplingStrategyParam } from './common-params';
import { generateSamples } from './generate';
import { numericOverSamplingTargets } from './numeric-features';
import type { ParamSpec } from './params';
import { checkSampleCount, indexOverAllRows } from './sample-count';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';

export interface BorderSets {
  danger: Int32Array;
  noise: Int32Array;
  safe: Int32Array;
}

/** Sorts the rows of one class by how many of their m nearest rows (any class) are of another. */
export function borderSets(
  data: Dataset,
  index: NeighborIndex,
  rows: Int32Array,
  c: number,
  m: number,
): BorderSets {
  const table = findNeighbors(index, data.X, data.d, rows, m);
  const danger: number[] = [];
  const noise: number[] = [];
  const safe: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    let other = 0;
    for (let j = 0; j < m; j++) if (data.y[table.indices[r * m + j]] !== c) other++;
    if (other === m) noise.push(rows[r]);
    else if (other >= m / 2) danger.push(rows[r]);
    else safe.push(rows[r]);
  }
  return {
    danger: Int32Array.from(danger),
    noise: Int32Array.from(noise),
    safe: Int32Array.from(safe),
  };
}

function concatSorted(parts: Int32Array[]): Int32Array {
  const all = new Int32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all.sort();
}

export function borderlineSmote(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const k = params.k_neighbors as number;
  const m = params.m_neighbors as number;
  const kind = params.kind as string;
  const targets = numericOverSamplingTargets('BorderlineSMOTE', data, params);
  if (!targets.ok) return targets;
  const overAll = indexOverAllRows(data, targets.value, 'm_neighbors', m);
  if (!overAll.ok) return overAll;
  const everyRow = overAll.value!;
  const out = new SyntheticRows(data);
  const sets: BorderSets[] = [];
  const warnings: string[] = [];
  const failure = forEachResampledClass(targets.value, ctx, (c, n) => {
    const name = data.classNames[c];
    const rows = classRows(data, c);
    const border = borderSets(data, everyRow, rows, c, m);
    sets.push(border);
    if (border.danger.length === 0) {
      warnings.push(
        `BorderlineSMOTE made no samples for class ${name}: none of its ${rows.length} samples is in danger (${border.noise.length} noise, ${border.safe.length} safe; in danger means at least half, but not all, of its m_neighbors=${m} nearest samples are of another class)`,
      );
      return null;
    }
    if (kind === 'borderline-1') {
      const tooSmall = checkClassSize('k_neighbors', k, rows.length, name);
      if (tooSmall) return tooSmall;
      const index = buildNeighborIndex(data.X, data.d, rows);
      const neighbors = findNeighbors(index, data.X, data.d, border.danger, k);
      generateSamples(out, ctx.random, { classCode: c, anchors: border.danger, neighbors, n });
      return null;
    }
    const tooFew = checkSampleCount('k_neighbors', k, data.n, name);
    if (tooFew) return tooFew;
    const neighbors = findNeighbors(everyRow, data.X, data.d, border.danger, k);
    generateSamples(out, ctx.random, {
      classCode: c,
      anchors: border.danger,
      neighbors,
      n,
      shrinkOtherClass: { y: data.y },
    });
    return null;
  });
  if (failure) return failure;
  const diagnostics = {
    danger: concatSorted(sets.map((s) => s.danger)),
    noise: concatSorted(sets.map((s) => s.noise)),
    safe: concatSorted(sets.map((s) => s.safe)),
  };
  return ok(out.finish('BorderlineSMOTE', diagnostics, warnings));
}

export const mNeighborsParam: ParamSpec = {
  name: 'm_neighbors',
  kind: 'int',
  default: 10,
  min: 1,
  help: 'How many nearest rows of any class decide whether a minority row is safe, in danger or noise.',
};

export const borderlineSmoteEntry: MethodEntry = {
  name: 'BorderlineSMOTE',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [
    samplingStrategyParam,
    kNeighborsParam,
    mNeighborsParam,
    {
      name: 'kind',
      kind: 'choice',
      default: 'borderline-1',
      choices: ['borderline-1', 'borderline-2'],
      help: 'borderline-1 interpolates toward minority neighbours only; borderline-2 also toward other classes, at most halfway.',
    },
  ],
  paper:
    'Han, Wang and Mao (2005), Borderline-SMOTE: A New Over-Sampling Method in Imbalanced Data Sets Learning, ICIC 2005, LNCS 3644:878–887',
  lesson: 'Only minority rows on the border (in danger) breed; noise and safe rows are left alone.',
  run: borderlineSmote,
};
