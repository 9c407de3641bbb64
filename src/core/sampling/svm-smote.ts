// SVMSMOTE: Nguyen, Cooper and Kamei (2011), "Borderline over-sampling for imbalanced data
// classification", Int. J. Knowledge Engineering and Soft Data Paradigms 3(1). imbalanced-learn
// 0.14's algorithm: an RBF SVC (C = 1, gamma = 'scale') finds the border; the minority support
// vectors that are not noise are anchors; danger ones interpolate, safe ones extrapolate away from
// their neighbour by up to out_step. Kept: the split f ~ Beta(10, 10) and the under-fill when one
// set is empty, now with a warning. Differences: all-noise and too few rows are error values.
import { classCounts, classRows, type Dataset } from '../data/dataset';
import { fitSvc, type SvcModel } from '../learn/svm';
import { buildNeighborIndex, findNeighbors } from '../neighbors/find-neighbors';
import { type Failure, fail, type Outcome, ok } from '../outcome';
import { type BorderSets, borderSets, mNeighborsParam } from './borderline';
import { forEachResampledClass } from './class-loop';
import { checkClassSize } from './class-size';
import { kNeighborsParam, samplingStrategyParam } from './common-params';
import { generateSamples } from './generate';
import { numericOverSamplingTargets } from './numeric-features';
import { indexOverAllRows } from './sample-count';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';

/** The support vectors of class code c, as input rows in ascending order. */
function supportOf(model: SvcModel, c: number): Int32Array {
  let start = 0;
  for (let p = 0; p < model.classes.length; p++) {
    if (model.classes[p] === c) return model.support.slice(start, start + model.nSupport[p]);
    start += model.nSupport[p];
  }
  return new Int32Array(0);
}

/** Checks each resampled class against k before the SVM is trained, so that bad input fails fast. */
function checkClassSizes(data: Dataset, targets: Int32Array, k: number): Failure | null {
  const counts = classCounts(data);
  for (let c = 0; c < targets.length; c++) {
    const tooSmall =
      targets[c] > 0 && checkClassSize('k_neighbors', k, counts[c], data.classNames[c]);
    if (tooSmall) return tooSmall;
  }
  return null;
}

function underFillWarning(name: string, n: number, made: number, border: BorderSets): string {
  const missing = border.danger.length === 0 ? 'in danger' : 'safe';
  const kept = border.danger.length === 0 ? 'safe (extrapolated)' : 'danger (interpolated)';
  return `SVMSMOTE made ${made} samples for class ${name}, not ${n}: none of its support vectors is ${missing}, so only the ${kept} share was generated, as imbalanced-learn does`;
}

export function svmSmote(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const k = params.k_neighbors as number;
  const m = params.m_neighbors as number;
  const outStep = params.out_step as number;
  const targets = numericOverSamplingTargets('SVMSMOTE', data, params);
  if (!targets.ok) return targets;
  const overAll = indexOverAllRows(data, targets.value, 'm_neighbors', m);
  if (!overAll.ok) return overAll;
  const tooSmall = checkClassSizes(data, targets.value, k);
  if (tooSmall) return tooSmall;
  const everyRow = overAll.value;
  const out = new SyntheticRows(data);
  if (!everyRow) return ok(out.finish('SVMSMOTE'));
  // imbalanced-learn refits the same deterministic SVC for every class; once is the same model.
  const model = fitSvc(data.X, data.d, data.y, { signal: ctx.signal });
  const sets: BorderSets[] = [];
  const warnings: string[] = [];
  if (!model.converged && !ctx.signal?.aborted) {
    warnings.push('SVMSMOTE: the SVM stopped at its iteration limit before converging');
  }
  const failure = forEachResampledClass(targets.value, ctx, (c, n) => {
    const name = data.classNames[c];
    const support = supportOf(model, c);
    const border = borderSets(data, everyRow, support, c, m);
    sets.push(border);
    if (border.danger.length + border.safe.length === 0) {
      return fail(
        `SVMSMOTE: all ${support.length} support vectors of class ${name} are noise (all ${m} of their m_neighbors nearest samples are of another class); SVM-SMOTE does not suit this data, try another SMOTE variant`,
        { parameter: 'm_neighbors', className: name },
      );
    }
    const classIndex = buildNeighborIndex(data.X, data.d, classRows(data, c));
    const nInterpolated = Math.trunc(ctx.random.beta(10, 10) * (n + 1));
    // Danger support vectors interpolate; safe ones step away from their neighbour.
    const blocks = [
      { anchors: border.danger, count: nInterpolated, stepSize: 1 },
      { anchors: border.safe, count: n - nInterpolated, stepSize: -outStep },
    ];
    let made = 0;
    for (const { anchors, count, stepSize } of blocks) {
      if (anchors.length === 0) continue;
      const neighbors = findNeighbors(classIndex, data.X, data.d, anchors, k);
      generateSamples(out, ctx.random, { classCode: c, anchors, neighbors, n: count, stepSize });
      made += count;
    }
    if (made < n) warnings.push(underFillWarning(name, n, made, border));
    return null;
  });
  if (failure) return failure;
  const union = (pick: (s: BorderSets) => Int32Array) =>
    Int32Array.from(sets.flatMap((s) => Array.from(pick(s)))).sort();
  const diagnostics = {
    danger: union((s) => s.danger),
    noise: union((s) => s.noise),
    safe: union((s) => s.safe),
    supportVectors: model.support.slice().sort(),
  };
  return ok(out.finish('SVMSMOTE', diagnostics, warnings));
}

export const svmSmoteEntry: MethodEntry = {
  name: 'SVMSMOTE',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [
    samplingStrategyParam,
    kNeighborsParam,
    mNeighborsParam,
    {
      name: 'out_step',
      kind: 'float',
      default: 0.5,
      min: 0,
      max: 1,
      help: 'How far a safe support vector may extrapolate away from its neighbour, as a fraction of their distance.',
    },
  ],
  paper:
    'Nguyen, Cooper and Kamei (2011), Borderline over-sampling for imbalanced data classification, IJKESDP 3(1):4–21',
  lesson:
    'An SVM finds the border; its minority support vectors breed, pushing outward where the majority is sparse.',
  run: svmSmote,
};
