// Parameter schemas: one description per parameter serves validation, the UI's forms, the CLI's
// --param parsing and the Python export. Messages follow imbalanced-learn's InvalidParameterError.
import { fail, type Outcome, ok } from '../outcome';
import type { Params, ParamValue } from './types';

export type ParamKind =
  | 'int'
  | 'float'
  | 'choice'
  | 'strategy'
  | 'shrinkage'
  | 'columns'
  | 'float-or-auto'
  | 'int-or-none';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  default: ParamValue;
  /** Inclusive bounds unless the matching *Exclusive flag is set. */
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  choices?: string[];
  /** One line: what it does and what changing it shows. */
  help: string;
}

function range(spec: ParamSpec): string {
  const lo = spec.min === undefined ? '(-inf' : `${spec.minExclusive ? '(' : '['}${spec.min}`;
  const hi = spec.max === undefined ? 'inf)' : `${spec.max}${spec.maxExclusive ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

function inRange(spec: ParamSpec, v: number): boolean {
  if (spec.min !== undefined && (spec.minExclusive ? v <= spec.min : v < spec.min)) return false;
  if (spec.max !== undefined && (spec.maxExclusive ? v >= spec.max : v > spec.max)) return false;
  return true;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}

function checkOne(method: string, spec: ParamSpec, v: ParamValue): Outcome<ParamValue> {
  const bad = (what: string) =>
    fail(`The '${spec.name}' parameter of ${method} must be ${what}; got ${show(v)}.`, {
      parameter: spec.name,
    });
  const isNum = typeof v === 'number' && Number.isFinite(v);
  switch (spec.kind) {
    case 'int':
      return isNum && Number.isInteger(v) && inRange(spec, v)
        ? ok(v)
        : bad(`an int in the range ${range(spec)}`);
    case 'float':
      return isNum && inRange(spec, v) ? ok(v) : bad(`a float in the range ${range(spec)}`);
    case 'choice':
      return typeof v === 'string' && spec.choices!.includes(v)
        ? ok(v)
        : bad(`one of ${spec.choices!.map(show).join(', ')}`);
    case 'float-or-auto':
      return v === 'auto' || isNum ? ok(v) : bad(`'auto' or a real number`);
    case 'int-or-none':
      return v === null || (isNum && Number.isInteger(v) && inRange(spec, v))
        ? ok(v)
        : bad(`None or an int in the range ${range(spec)}`);
    case 'shrinkage':
      if (v === null || (isNum && v >= 0)) return ok(v);
      if (v && typeof v === 'object' && !Array.isArray(v)) return ok(v);
      return bad('None, a float ≥ 0 or a dict of class → float');
    case 'columns':
      return Array.isArray(v) ? ok(v) : bad('a list of column names or indices');
    case 'strategy': {
      const strings = ['auto', 'minority', 'majority', 'not minority', 'not majority', 'all'];
      if (typeof v === 'string' && strings.includes(v)) return ok(v);
      if (isNum && v > 0 && v <= 1) return ok(v);
      if (v && typeof v === 'object') return ok(v);
      return bad(
        `a float in the range (0.0, 1.0], one of ${strings.map(show).join(', ')}, or a dict of class → count`,
      );
    }
  }
}

/** Fills defaults and checks every value; unknown names are an error that lists the known ones. */
export function validateParams(method: string, specs: ParamSpec[], raw: Params): Outcome<Params> {
  const names = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(raw)) {
    if (!names.has(name)) {
      return fail(
        `${method} has no parameter '${name}'; its parameters are ${[...names].join(', ')}`,
        { parameter: name },
      );
    }
  }
  const out: Params = {};
  for (const spec of specs) {
    const value = raw[spec.name] === undefined ? spec.default : raw[spec.name];
    const checked = checkOne(method, spec, value);
    if (!checked.ok) return checked;
    out[spec.name] = checked.value;
  }
  return ok(out);
}

/** Reads a parameter written as text (CLI --param, URL): numbers, None, JSON dicts, comma lists. */
export function parseParamText(spec: ParamSpec, text: string): ParamValue {
  const t = text.trim();
  if (t === 'None' || t === 'null') return null;
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.parse(t) as ParamValue;
    } catch {
      return t;
    }
  }
  if (spec.kind === 'columns') return t === '' ? [] : t.split(',').map((s) => s.trim());
  if (t !== '' && Number.isFinite(Number(t)) && spec.kind !== 'choice') return Number(t);
  return t;
}
