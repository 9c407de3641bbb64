// One entry per method: defaults, parameter schema, paper, lesson and run. The UI's forms, the
// CLI's flags, validation and the Python export all read from here.
import type { Dataset } from '../data/dataset';
import { fail, type Outcome } from '../outcome';
import { adasynEntry } from './adasyn';
import { borderlineSmoteEntry } from './borderline';
import { ennEntry } from './cleaning/enn';
import { tomekLinksEntry } from './cleaning/tomek';
import { smoteEnnEntry, smoteTomekEntry } from './combine';
import { kmeansSmoteEntry } from './kmeans-smote';
import { validateParams } from './params';
import { randomOverSamplerEntry } from './random-over';
import { smoteEntry } from './smote';
import { smoteNEntry } from './smote-n';
import { smoteNcEntry } from './smote-nc';
import { svmSmoteEntry } from './svm-smote';
import type { MethodEntry, Params, ResampleResult, SamplerContext } from './types';

// Each family file exports its entries; adding a variant means one file and one line here.
const entries: MethodEntry[] = [
  smoteEntry,
  randomOverSamplerEntry,
  borderlineSmoteEntry,
  adasynEntry,
  smoteNcEntry,
  smoteNEntry,
  svmSmoteEntry,
  kmeansSmoteEntry,
  tomekLinksEntry,
  ennEntry,
  smoteTomekEntry,
  smoteEnnEntry,
];

export function registerMethod(entry: MethodEntry): void {
  const at = entries.findIndex((e) => e.name === entry.name);
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
}

export function listMethods(): readonly MethodEntry[] {
  return entries;
}

/** Finds a method by its imbalanced-learn class name, case-insensitively. */
export function findMethod(name: string): MethodEntry | undefined {
  const lower = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === lower);
}

/** Validates the parameters against the schema, then runs the method. */
export function runMethod(
  name: string,
  data: Dataset,
  raw: Params,
  ctx: SamplerContext,
): Outcome<ResampleResult> {
  const entry = findMethod(name);
  if (!entry) {
    return fail(
      `unknown method '${name}'; choose one of ${entries.map((e) => e.name).join(', ')}`,
      {
        parameter: 'method',
      },
    );
  }
  const params = validateParams(entry.name, entry.params, raw);
  if (!params.ok) return params;
  return entry.run(data, params.value, ctx);
}

export function defaultParams(entry: MethodEntry): Params {
  return Object.fromEntries(entry.params.map((p) => [p.name, p.default]));
}
