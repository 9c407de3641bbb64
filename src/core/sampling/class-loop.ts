import type { Failure } from '../outcome';
import type { SamplerContext } from './types';

/**
 * Runs `body` for each class that gets new samples, in sorted label order (so the synthetic blocks
 * come out in that order), reporting progress and stopping early when the run is cancelled.
 */
export function forEachResampledClass(
  targets: Int32Array,
  ctx: SamplerContext,
  body: (c: number, n: number) => Failure | null,
): Failure | null {
  for (let c = 0; c < targets.length; c++) {
    if (targets[c] === 0) continue;
    const failure = body(c, targets[c]);
    if (failure) return failure;
    ctx.onProgress?.((c + 1) / targets.length);
    if (ctx.signal?.aborted) break;
  }
  return null;
}
