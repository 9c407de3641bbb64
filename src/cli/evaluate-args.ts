// The options of `smote-lab evaluate`, read into plain values.

import { CLASSIFIERS, isClassifierName } from '../core/evaluation/fit-classifier';
import type { ClassifierName } from '../core/learn/classifier';
import { fail, type Outcome, ok } from '../core/outcome';
import { parseSeed } from './seed-option';

export type EvaluateFormat = 'table' | 'json';

export interface EvaluateArgs {
  file: string;
  methods: string[];
  classifier: ClassifierName;
  label?: string;
  folds: number;
  repeats: number;
  seed: number;
  format: EvaluateFormat;
}

export const EVALUATE_OPTIONS = [
  'methods',
  'classifier',
  'label',
  'folds',
  'repeats',
  'seed',
  'format',
] as const;

function parseCount(name: string, text: string, least: number): Outcome<number> {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < least || value > 1000) {
    return fail(`--${name} must be an integer from ${least} to 1000; got '${text}'`);
  }
  return ok(value);
}

export function buildEvaluateArgs(
  file: string | undefined,
  values: Map<string, string[]>,
): Outcome<EvaluateArgs> {
  const one = (name: (typeof EVALUATE_OPTIONS)[number]) => values.get(name)?.[0];
  if (file === undefined) return fail('missing the input file: smote-lab evaluate <file.csv> ...');
  const methodsText = one('methods');
  if (methodsText === undefined) {
    return fail('missing --methods <list>, e.g. --methods none,class_weight,SMOTE,ADASYN');
  }
  const methods = methodsText.split(',').map((m) => m.trim());
  if (methods.some((m) => m === '')) {
    return fail(`--methods takes names separated by commas; got '${methodsText}'`);
  }
  const classifier = one('classifier') ?? 'logistic';
  if (!isClassifierName(classifier)) {
    return fail(`--classifier must be ${CLASSIFIERS.join(', ')}; got '${classifier}'`);
  }
  const folds = parseCount('folds', one('folds') ?? '5', 2);
  if (!folds.ok) return folds;
  const repeats = parseCount('repeats', one('repeats') ?? '2', 1);
  if (!repeats.ok) return repeats;
  const seed = parseSeed(one('seed') ?? '0');
  if (!seed.ok) return seed;
  const format = one('format') ?? 'table';
  if (format !== 'table' && format !== 'json') {
    return fail(`--format must be table or json; got '${format}'`);
  }
  const args: EvaluateArgs = {
    file,
    methods,
    classifier,
    folds: folds.value,
    repeats: repeats.value,
    seed: seed.value,
    format,
  };
  const label = one('label');
  if (label !== undefined) args.label = label;
  return ok(args);
}
