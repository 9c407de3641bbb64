// A method's parameter values in the store: every parameter of the method, its default unless set.
// k_neighbors is the walkthrough's k (one anchor by hand, then the whole dataset with the same k),
// so it defaults to k rather than to the registry's default.
import type { Params } from '../core/sampling/types';
import type { MethodInfo } from '../worker/client';
import { paramFromText, paramToText } from './param-text';

export const SHARED_K = 'k_neighbors';

export function findMethodInfo(methods: readonly MethodInfo[], name: string): MethodInfo | null {
  const lower = name.toLowerCase();
  return methods.find((m) => m.name.toLowerCase() === lower) ?? null;
}

/** The method's values: defaults (k_neighbors = k), then `texts` read as the URL writes them. */
export function initialParams(
  info: MethodInfo,
  k: number,
  texts: Readonly<Record<string, string>> = {},
): Params {
  const params: Params = {};
  for (const spec of info.params) {
    const text = texts[spec.name];
    if (text !== undefined) params[spec.name] = paramFromText(spec, text);
    else params[spec.name] = spec.name === SHARED_K ? k : spec.default;
  }
  return params;
}

/** The parameters that differ from what the method opens with, as text: what a link must carry. */
export function changedParamTexts(
  info: MethodInfo,
  params: Readonly<Params>,
  k: number,
): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const spec of info.params) {
    const value = params[spec.name];
    if (value === undefined) continue;
    const text = paramToText(spec, value);
    const opening = spec.name === SHARED_K ? k : spec.default;
    if (text !== paramToText(spec, opening)) changed[spec.name] = text;
  }
  return changed;
}

/** The method's changed parameters other than k_neighbors, to carry over to another dataset. */
export function carriedParamTexts(info: MethodInfo, params: Readonly<Params>, k: number) {
  const { [SHARED_K]: _k, ...rest } = changedParamTexts(info, params, k);
  return rest;
}
