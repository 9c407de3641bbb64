import { describe, expect, it } from 'vitest';
import type { ParamKind, ParamSpec } from '../../src/core/sampling/params';
import { validateParams } from '../../src/core/sampling/params';
import type { ParamValue } from '../../src/core/sampling/types';
import {
  acceptedValues,
  paramFromText,
  paramToText,
  sameParam,
  strategyRules,
} from '../../src/state/param-text';
import { methods } from './catalog-fixture';

function spec(kind: ParamKind, extra: Partial<ParamSpec> = {}): ParamSpec {
  return { name: 'p', kind, default: null, help: '', ...extra };
}

// Every kind of parameter, with values a form or a link may hold and the text they are written as.
const CASES: [ParamSpec, ParamValue, string][] = [
  [spec('int', { min: 1 }), 5, '5'],
  [spec('int', { min: 1 }), 0, '0'],
  [spec('float', { min: 0, max: 1 }), 0.25, '0.25'],
  [spec('float'), -1.5e-7, '-1.5e-7'],
  [spec('choice', { choices: ['borderline-1', 'borderline-2'] }), 'borderline-2', 'borderline-2'],
  [spec('choice', { choices: ['1', '2'] }), '2', '2'],
  [spec('strategy'), 'not minority', 'not minority'],
  [spec('strategy'), 0.5, '0.5'],
  [spec('strategy'), { rare: 200, common: 300 }, '{"rare":200,"common":300}'],
  [spec('strategy'), ['majority', 'b'], '["majority","b"]'],
  [spec('shrinkage'), null, 'None'],
  [spec('shrinkage'), 1.2, '1.2'],
  [spec('shrinkage'), { minority: 0.5 }, '{"minority":0.5}'],
  [spec('columns'), ['contract', 'payment'], 'contract,payment'],
  [spec('columns'), [], ''],
  [spec('float-or-auto'), 'auto', 'auto'],
  [spec('float-or-auto'), 2, '2'],
  [spec('int-or-none', { min: 1 }), null, 'None'],
  [spec('int-or-none', { min: 1 }), 8, '8'],
];

describe('parameter text', () => {
  it.each(CASES)('writes %s value %j as %j and reads it back', (s, value, text) => {
    expect(paramToText(s, value)).toBe(text);
    expect(paramFromText(s, text)).toEqual(value);
  });

  it('round-trips every default of every registry parameter', () => {
    for (const info of methods) {
      for (const s of info.params) {
        expect(paramFromText(s, paramToText(s, s.default)), `${info.name}.${s.name}`).toEqual(
          s.default,
        );
      }
    }
  });

  it('reads what people type: spaces, null and a column list with spaces', () => {
    expect(paramFromText(spec('int'), ' 7 ')).toBe(7);
    expect(paramFromText(spec('int-or-none'), 'null')).toBeNull();
    expect(paramFromText(spec('columns'), 'contract, payment')).toEqual(['contract', 'payment']);
  });

  it('leaves text that is not a value as text, for the core to name in its message', () => {
    const k = spec('int', { name: 'k_neighbors', min: 1 });
    const value = paramFromText(k, 'five');
    expect(value).toBe('five');
    const checked = validateParams('SMOTE', [k], { k_neighbors: value });
    expect(checked.ok || checked.error.message).toBe(
      "The 'k_neighbors' parameter of SMOTE must be an int in the range [1, inf); got 'five'.",
    );
  });

  it('compares dicts by content', () => {
    expect(sameParam(spec('strategy'), { a: 1 }, { a: 1 })).toBe(true);
    expect(sameParam(spec('strategy'), { a: 1 }, { a: 2 })).toBe(false);
  });

  it('says what each kind accepts, with the range from the spec', () => {
    expect(acceptedValues(spec('int', { min: 1 }))).toBe('int in [1, ∞)');
    expect(acceptedValues(spec('float', { min: 0, max: 1, minExclusive: true }))).toBe(
      'float in (0, 1]',
    );
    expect(acceptedValues(spec('int-or-none', { min: 1 }))).toBe('None or an int in [1, ∞)');
    expect(acceptedValues(spec('choice', { choices: ['all', 'mode'] }))).toBe(
      "one of 'all', 'mode'",
    );
    expect(acceptedValues(spec('strategy'), 'cleaner')).toBe('a rule or a JSON list');
  });

  it('offers the sampling_strategy rules each kind of method accepts', () => {
    expect(strategyRules('cleaner')).toContain('majority');
    expect(strategyRules('cleaner')).not.toContain('minority');
    expect(strategyRules('over-sampler')).toContain('minority');
    expect(strategyRules('combination')).not.toContain('majority');
  });
});
