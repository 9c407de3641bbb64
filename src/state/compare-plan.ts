// What the small multiples run: every over-sampler and combination the dataset allows, each with
// its defaults, k_neighbors at the page's k and the parameters it shares with the method on screen
// (sampling_strategy, m_neighbors, ...), so the tiles differ by method alone.
import type { Dataset } from '../core/data/dataset';
import { variantUnfit } from '../core/evaluation/variant-fit';
import type { Params } from '../core/sampling/types';
import type { MethodInfo } from '../worker/client';
import { initialParams } from './method-params';

/** The registry's over-samplers and combinations that can run on `data`, in registry order. */
export function compareCandidates(methods: readonly MethodInfo[], data: Dataset): string[] {
  return methods
    .filter((m) => m.kind !== 'cleaner' && variantUnfit(data, m.name) === null)
    .map((m) => m.name);
}

/** The parameters `info` runs with beside `current` (the parameters on screen). */
export function compareParams(info: MethodInfo, current: Readonly<Params>, k: number): Params {
  const params = initialParams(info, k);
  for (const spec of info.params) {
    const value = current[spec.name];
    if (value !== undefined) params[spec.name] = value;
  }
  return params;
}
