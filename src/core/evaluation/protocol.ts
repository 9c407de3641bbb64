// Leak-free evaluation of resampling: repeated stratified k-fold, and inside each fold split first,
// fit the standardisation on the training part, resample the training part only (seeded per fold),
// train, and score the untouched test part for the minority class. As imbalanced-learn's Pipeline
// under scikit-learn's cross_validate, except that the folds are drawn with our Random.
import { classCounts, type Dataset, selectRows } from '../data/dataset';
import type { ClassifierName, TrainingSet } from '../learn/classifier';
import { type Fold, repeatedStratifiedKFold } from '../learn/cross-validation';
import type { ConfusionMatrix } from '../learn/metrics';
import { fail, type Outcome, ok } from '../outcome';
import { createRandom } from '../random';
import { findMethod, listMethods, runMethod } from '../sampling/registry';
import type { Params, SamplerContext } from '../sampling/types';
import { encodeRows, encodeScaled, fitFeatureEncoder } from './feature-encoder';
import { checkClassWeight, fitClassifier } from './fit-classifier';
import {
  type FoldScores,
  type MetricName,
  type MetricSummary,
  poolConfusion,
  scoreFold,
  summariseFolds,
} from './fold-metrics';
import { transformRows } from './standard-scaler';

export interface EvaluationOptions {
  /** 'none', 'class_weight', or registry method names (any case). */
  methods: readonly string[];
  classifier: ClassifierName;
  folds?: number;
  repeats?: number;
  /** Parameters per registry method name; defaults otherwise. */
  methodParams?: Record<string, Params>;
  /** Ready-made splits (scikit-learn's, in the reference test) in place of drawn folds. */
  splits?: readonly Fold[];
}

export interface MethodEvaluation {
  method: string;
  classifier: ClassifierName;
  metrics: Record<MetricName, MetricSummary>;
  /** Summed over every fold of every repeat, at threshold 0.5. */
  confusion: ConfusionMatrix;
  perFold: FoldScores[];
  /** Every test row's label (1 = minority) and score, fold after fold: for PR curves and thresholds. */
  pooled: { truth: Uint8Array; scores: Float64Array };
  warnings: string[];
}

export interface EvaluationReport {
  positiveClass: string;
  /** Every class of the data; with three or more, the positive class is scored against the rest. */
  classNames: string[];
  folds: number;
  repeats: number;
  /** True for the leaky variant: resampled before the split. */
  leaky: boolean;
  results: MethodEvaluation[];
}

/** A method as the evaluation runs it: a baseline or a registry sampler. */
export type EvaluationMethod =
  | { kind: 'none' | 'class_weight'; name: string }
  | { kind: 'sampler'; name: string; params: Params };

export function resolveMethods(options: EvaluationOptions): Outcome<EvaluationMethod[]> {
  const methods: EvaluationMethod[] = [];
  if (options.methods.length === 0)
    return fail('methods is empty; name at least one, e.g. none,SMOTE', { parameter: 'methods' });
  for (const raw of options.methods) {
    const lower = raw.trim().toLowerCase();
    let method: EvaluationMethod;
    if (lower === 'none' || lower === 'class_weight') {
      if (lower === 'class_weight') {
        const refused = checkClassWeight(options.classifier);
        if (refused) return refused;
      }
      method = { kind: lower, name: lower };
    } else {
      const entry = findMethod(raw.trim());
      if (!entry) {
        const known = ['none', 'class_weight', ...listMethods().map((e) => e.name)].join(', ');
        return fail(`unknown method '${raw}'; choose from ${known}`, { parameter: 'methods' });
      }
      method = {
        kind: 'sampler',
        name: entry.name,
        params: options.methodParams?.[entry.name] ?? {},
      };
    }
    if (methods.some((m) => m.name === method.name)) {
      return fail(`method '${method.name}' is listed twice`, { parameter: 'methods' });
    }
    methods.push(method);
  }
  return ok(methods);
}

/**
 * The evaluation needs two classes or more and one feature or more. The positive class is the
 * minority (the first in label order on a tie, as imbalanced-learn picks it); with three classes
 * or more it is scored against the rest, while the samplers still see every class.
 */
export function checkEvaluationData(data: Dataset): Outcome<number> {
  const counts = classCounts(data);
  if (counts.length < 2) {
    return fail(
      `evaluation needs 2 classes or more in '${data.labelName}'; found ${counts.length} (${data.classNames.join(', ')})`,
    );
  }
  if (data.d + data.categorical.length === 0) return fail('evaluation needs at least one feature');
  let positive = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] < counts[positive]) positive = c;
  return ok(positive);
}

function binaryLabels(y: Int32Array, positive: number, rows?: ArrayLike<number>): Uint8Array {
  const n = rows ? rows.length : y.length;
  const out = new Uint8Array(n);
  for (let r = 0; r < n; r++) out[r] = y[rows ? rows[r] : r] === positive ? 1 : 0;
  return out;
}

/**
 * The training part as the classifier sees it (standardised, resampled when the method is a
 * sampler, then one-hot encoded), and how to encode the test rows the same way.
 */
function trainingPart(
  data: Dataset,
  fold: Fold,
  method: EvaluationMethod,
  positive: number,
  seed: number,
  warnings: Set<string>,
): Outcome<TrainingSet & { encode: (rows: Int32Array) => Float64Array }> {
  const encoder = fitFeatureEncoder(data, fold.train);
  const encode = (rows: Int32Array) => encodeRows(encoder, data, rows);
  // Samplers see standardised numeric features and the categories as they are.
  const train = {
    ...selectRows(data, fold.train),
    X: transformRows(encoder.scaler, data.X, data.d, fold.train),
  };
  if (method.kind !== 'sampler') {
    const y = binaryLabels(train.y, positive);
    return ok({ X: encodeScaled(encoder, train), d: encoder.width, y, encode });
  }
  const result = runMethod(method.name, train, method.params, { random: createRandom(seed) });
  if (!result.ok) {
    // The error's own message goes after the place, not over it.
    const { message, ...where } = result.error;
    return fail(
      `${method.name} in repeat ${fold.repeat + 1}, fold ${fold.fold + 1}: ${message}`,
      where,
    );
  }
  for (const w of result.value.warnings) warnings.add(w);
  const out = selectRows(result.value.pool, result.value.output);
  return ok({
    X: encodeScaled(encoder, out),
    d: encoder.width,
    y: binaryLabels(out.y, positive),
    encode,
  });
}

/**
 * Runs the protocol on already-drawn splits; `seeds` gives each split's resampling seed. The
 * positive class is given, not recounted: resampled data may have its classes tied.
 */
export function evaluateOnSplits(
  data: Dataset,
  positive: number,
  classifier: ClassifierName,
  methods: readonly EvaluationMethod[],
  splits: readonly Fold[],
  seeds: readonly number[],
  ctx: Omit<SamplerContext, 'random'>,
): Outcome<MethodEvaluation[]> {
  const results: MethodEvaluation[] = [];
  const units = methods.length * splits.length;
  for (const [m, method] of methods.entries()) {
    const perFold: FoldScores[] = [];
    const confusions: ConfusionMatrix[] = [];
    const truth: number[] = [];
    const scores: number[] = [];
    const warnings = new Set<string>();
    for (const [s, fold] of splits.entries()) {
      if (ctx.signal?.aborted) return fail('evaluation cancelled');
      const train = trainingPart(data, fold, method, positive, seeds[s], warnings);
      if (!train.ok) return train;
      // The tree draws its feature order per node, as scikit-learn's does, from the fold's seed.
      const model = fitClassifier(classifier, train.value, {
        balanced: method.kind === 'class_weight',
        random: createRandom(seeds[s] ^ 0x7ee),
      });
      if (!model.ok)
        return fail(
          `${method.name} in repeat ${fold.repeat + 1}, fold ${fold.fold + 1}: ${model.error.message}`,
        );
      const testTruth = binaryLabels(data.y, positive, fold.test);
      const testScores = model.value.predictProba(train.value.encode(fold.test));
      const scored = scoreFold(testTruth, testScores);
      perFold.push(scored.scores);
      confusions.push(scored.confusion);
      truth.push(...testTruth);
      scores.push(...testScores);
      ctx.onProgress?.((m * splits.length + s + 1) / units);
    }
    results.push({
      method: method.name,
      classifier,
      metrics: summariseFolds(perFold),
      confusion: poolConfusion(confusions),
      perFold,
      pooled: { truth: Uint8Array.from(truth), scores: Float64Array.from(scores) },
      warnings: [...warnings],
    });
  }
  return ok(results);
}

/** Draws the folds and one resampling seed per fold from the context's Random. */
export function drawSplits(
  data: Dataset,
  options: EvaluationOptions,
  ctx: SamplerContext,
): Outcome<{ splits: readonly Fold[]; seeds: number[] }> {
  const splits = options.splits
    ? ok(options.splits)
    : repeatedStratifiedKFold(data.y, data.classNames, {
        folds: options.folds ?? 5,
        repeats: options.repeats ?? 2,
        random: ctx.random,
      });
  if (!splits.ok) return splits;
  const seeds = splits.value.map(() => ctx.random.int(4294967296));
  return ok({ splits: splits.value, seeds });
}

/** The honest protocol: every method resamples inside each fold's training part only. */
export function evaluateResampling(
  data: Dataset,
  options: EvaluationOptions,
  ctx: SamplerContext,
): Outcome<EvaluationReport> {
  const positive = checkEvaluationData(data);
  if (!positive.ok) return positive;
  const methods = resolveMethods(options);
  if (!methods.ok) return methods;
  const drawn = drawSplits(data, options, ctx);
  if (!drawn.ok) return drawn;
  const results = evaluateOnSplits(
    data,
    positive.value,
    options.classifier,
    methods.value,
    drawn.value.splits,
    drawn.value.seeds,
    ctx,
  );
  if (!results.ok) return results;
  return ok({
    positiveClass: data.classNames[positive.value],
    classNames: data.classNames,
    folds: options.splits ? new Set(options.splits.map((f) => f.fold)).size : (options.folds ?? 5),
    repeats: options.splits
      ? new Set(options.splits.map((f) => f.repeat)).size
      : (options.repeats ?? 2),
    leaky: false,
    results: results.value,
  });
}
