// A parameter as the form and the URL write it, and back: 'None', 'auto', numbers, JSON dicts and
// comma-separated column lists. Reading goes through the core's parser, the same one the CLI uses.
import { type ParamSpec, parseParamText } from '../core/sampling/params';
import type { MethodKind, ParamValue } from '../core/sampling/types';

export function paramToText(spec: ParamSpec, value: ParamValue): string {
  if (value === null) return 'None';
  if (Array.isArray(value))
    return spec.kind === 'columns' ? value.join(',') : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function paramFromText(spec: ParamSpec, text: string): ParamValue {
  return parseParamText(spec, text);
}

/** Whether two values write the same text, so a dict or a list compares by content. */
export function sameParam(spec: ParamSpec, a: ParamValue, b: ParamValue): boolean {
  return paramToText(spec, a) === paramToText(spec, b);
}

function interval(spec: ParamSpec): string | null {
  if (spec.min === undefined && spec.max === undefined) return null;
  const lo = spec.min === undefined ? '(−∞' : `${spec.minExclusive ? '(' : '['}${spec.min}`;
  const hi = spec.max === undefined ? '∞)' : `${spec.max}${spec.maxExclusive ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/** sampling_strategy's named rules: cleaners pick classes to clean, the others classes to grow. */
export function strategyRules(kind: MethodKind): string[] {
  return kind === 'cleaner'
    ? ['auto', 'majority', 'not minority', 'not majority', 'all']
    : ['auto', 'minority', 'not minority', 'not majority', 'all'];
}

/** What a sampling_strategy typed in its own field may be, for the given kind of method. */
export function customStrategyHint(kind: MethodKind): string {
  return kind === 'cleaner'
    ? 'a JSON list of classes, e.g. ["majority"]'
    : 'a float in (0, 1] for two classes, or a JSON dict {class: count}';
}

/** What the parameter accepts, in one short phrase: "int in [1, ∞)", "'auto' or a float". */
export function acceptedValues(spec: ParamSpec, kind: MethodKind = 'over-sampler'): string {
  const range = interval(spec);
  const within = range ? ` in ${range}` : '';
  switch (spec.kind) {
    case 'int':
      return `int${within}`;
    case 'float':
      return `float${within}`;
    case 'choice':
      return `one of ${spec.choices?.map((c) => `'${c}'`).join(', ')}`;
    case 'float-or-auto':
      return "'auto' or a float";
    case 'int-or-none':
      return `None or an int${within}`;
    case 'shrinkage':
      return 'None, a float ≥ 0, or a dict {class: float}';
    case 'columns':
      return 'feature columns to vote';
    case 'strategy':
      return kind === 'cleaner'
        ? 'a rule or a JSON list'
        : 'a rule, a float in (0, 1] or a JSON dict';
  }
}
