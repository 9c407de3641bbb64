// RandomOverSampler: plain bootstrap of the resampled classes, or with `shrinkage` the smoothed
// bootstrap of Menardi and Torelli (2014), "Training and assessing classification rules with
// imbalanced data", Data Mining and Knowledge Discovery 28 (ROSE). Same as imbalanced-learn, except
// that a shrinkage dict only needs factors for classes that actually get new samples.
import { classRows, type Dataset } from '../data/dataset';
import { type Failure, fail, type Outcome, ok } from '../outcome';
import type { Random } from '../random';
import { forEachResampledClass } from './class-loop';
import { samplingStrategyParam } from './common-params';
import { checkFinite } from './numeric-features';
import type { ParamSpec } from './params';
import { overSamplingTargets, type SamplingStrategy } from './strategy';
import { SyntheticRows } from './synthetic-rows';
import type { MethodEntry, Params, ParamValue, ResampleResult, SamplerContext } from './types';

const SHRINKAGE = { parameter: 'shrinkage' };

/** The shrinkage factor of each class that gets new samples, or null for a plain bootstrap. */
function shrinkageFactors(
  data: Dataset,
  shrinkage: ParamValue,
  targets: Int32Array,
): Outcome<Float64Array | null> {
  if (shrinkage === null) return ok(null);
  const factors = new Float64Array(targets.length);
  if (typeof shrinkage === 'number') {
    factors.fill(shrinkage);
  } else if (typeof shrinkage === 'object' && !Array.isArray(shrinkage)) {
    for (const [label, value] of Object.entries(shrinkage)) {
      if (typeof value !== 'number' || !(value >= 0)) {
        return fail(`shrinkage for class ${label} is ${value}; it must be a number ≥ 0`, {
          ...SHRINKAGE,
          className: label,
        });
      }
    }
    const missing = data.classNames.filter(
      (name, c) => targets[c] > 0 && !Object.hasOwn(shrinkage, name),
    );
    if (missing.length > 0) {
      return fail(
        `shrinkage needs a factor for every class that gets new samples; missing: ${missing.join(', ')}`,
        { ...SHRINKAGE, className: missing[0] },
      );
    }
    data.classNames.forEach((name, c) => {
      if (targets[c] > 0) factors[c] = shrinkage[name];
    });
  } else {
    return fail(`shrinkage must be None, a number ≥ 0 or a dict of class → number`, SHRINKAGE);
  }
  const numeric = numericOnly(data);
  return numeric ?? ok(factors);
}

function numericOnly(data: Dataset): Failure | null {
  if (data.categorical.length > 0) {
    return fail(
      `shrinkage needs numeric features to add noise; column '${data.categorical[0].name}' holds text (set shrinkage to None)`,
      SHRINKAGE,
    );
  }
  const finite = checkFinite('RandomOverSampler with shrinkage', data);
  return finite ? { ...finite, error: { ...finite.error, ...SHRINKAGE } } : null;
}

/** Population standard deviation of each feature over `rows`. */
function featureStd(data: Dataset, rows: Int32Array): Float64Array {
  const { X, d } = data;
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (const i of rows) for (let j = 0; j < d; j++) mean[j] += X[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= rows.length;
  for (const i of rows) {
    for (let j = 0; j < d; j++) {
      const t = X[i * d + j] - mean[j];
      std[j] += t * t;
    }
  }
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j] / rows.length);
  return std;
}

function bootstrapClass(
  out: SyntheticRows,
  random: Random,
  c: number,
  n: number,
  shrink: number | null,
): void {
  const { data } = out;
  const { X, d } = data;
  const rows = classRows(data, c);
  const boot = new Int32Array(n);
  random.fillInts(boot, rows.length);
  for (let s = 0; s < n; s++) boot[s] = rows[boot[s]];
  if (shrink === null) {
    out.addCopies(c, boot);
    return;
  }
  out.reserve(n);
  // Silverman's rule of thumb over all rows, scaled per feature by the class's spread.
  const h = (4 / ((d + 2) * data.n)) ** (1 / (d + 4));
  const scale = featureStd(data, rows).map((s) => shrink * h * s);
  const values = new Float64Array(d);
  for (let s = 0; s < n; s++) {
    const i = boot[s];
    for (let j = 0; j < d; j++) values[j] = random.normal() * scale[j] + X[i * d + j];
    out.addRow(c, i, values);
  }
}

export function randomOverSampler(
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const targets = overSamplingTargets(data, params.sampling_strategy as SamplingStrategy);
  if (!targets.ok) return targets;
  const factors = shrinkageFactors(data, params.shrinkage, targets.value);
  if (!factors.ok) return factors;
  const out = new SyntheticRows(data);
  forEachResampledClass(targets.value, ctx, (c, n) => {
    bootstrapClass(out, ctx.random, c, n, factors.value ? factors.value[c] : null);
    return null;
  });
  return ok(out.finish('RandomOverSampler'));
}

const shrinkageParam: ParamSpec = {
  name: 'shrinkage',
  kind: 'shrinkage',
  default: null,
  min: 0,
  help: 'None copies rows exactly; a factor ≥ 0 (or one per class) adds Gaussian noise scaled by the class spread.',
};

export const randomOverSamplerEntry: MethodEntry = {
  name: 'RandomOverSampler',
  kind: 'over-sampler',
  module: 'imblearn.over_sampling',
  params: [samplingStrategyParam, shrinkageParam],
  paper:
    'Menardi and Torelli (2014), Training and assessing classification rules with imbalanced data, DMKD 28:92–122 (smoothed bootstrap)',
  lesson:
    'Repeating minority rows makes the class heavier, not wider; shrinkage jitters the copies.',
  run: randomOverSampler,
};
