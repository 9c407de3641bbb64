// The leakage lesson: the same evaluation, but each sampler resamples the whole data before the
// split, so synthetic copies of test rows' neighbours (or the rows themselves) sit in the training
// part and the scores come out inflated. Never use it to choose a method; it shows why not.
import { type Dataset, selectRows } from '../data/dataset';
import { fail, type Outcome, ok } from '../outcome';
import { createRandom } from '../random';
import { runMethod } from '../sampling/registry';
import type { Params, SamplerContext } from '../sampling/types';
import {
  checkEvaluationData,
  drawSplits,
  type EvaluationOptions,
  type EvaluationReport,
  evaluateOnSplits,
  type MethodEvaluation,
  resolveMethods,
} from './protocol';
import { fitStandardScaler, transformRows } from './standard-scaler';

function resampleWhole(data: Dataset, name: string, params: Params, seed: number) {
  const rows = Int32Array.from({ length: data.n }, (_, i) => i);
  const scaled = {
    ...data,
    X: transformRows(fitStandardScaler(data.X, data.d, rows), data.X, data.d, rows),
  };
  const result = runMethod(name, scaled, params, { random: createRandom(seed) });
  if (!result.ok) return result;
  return ok({
    data: selectRows(result.value.pool, result.value.output),
    warnings: result.value.warnings,
  });
}

/** Resample first, then cross-validate: the mistake the honest protocol avoids. */
export function evaluateLeakyResampling(
  data: Dataset,
  options: EvaluationOptions,
  ctx: SamplerContext,
): Outcome<EvaluationReport> {
  const positive = checkEvaluationData(data);
  if (!positive.ok) return positive;
  const methods = resolveMethods(options);
  if (!methods.ok) return methods;
  const results: MethodEvaluation[] = [];
  for (const [m, method] of methods.value.entries()) {
    let rows = data;
    let warnings: string[] = [];
    if (method.kind === 'sampler') {
      const resampled = resampleWhole(data, method.name, method.params, ctx.random.int(4294967296));
      if (!resampled.ok) {
        const { message, ...where } = resampled.error;
        return fail(`${method.name} on the whole data: ${message}`, where);
      }
      rows = resampled.value.data;
      warnings = resampled.value.warnings;
    }
    const drawn = drawSplits(rows, { ...options, splits: undefined }, ctx);
    if (!drawn.ok) return drawn;
    const asRun = method.kind === 'sampler' ? { kind: 'none' as const, name: method.name } : method;
    const progress = ctx.onProgress;
    const done = evaluateOnSplits(
      rows,
      positive.value,
      options.classifier,
      [asRun],
      drawn.value.splits,
      drawn.value.seeds,
      {
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        ...(progress
          ? { onProgress: (f: number) => progress((m + f) / methods.value.length) }
          : {}),
      },
    );
    if (!done.ok) return done;
    results.push({ ...done.value[0], warnings: [...done.value[0].warnings, ...warnings] });
  }
  return ok({
    positiveClass: data.classNames[positive.value],
    classNames: data.classNames,
    folds: options.folds ?? 5,
    repeats: options.repeats ?? 2,
    leaky: true,
    results,
  });
}
