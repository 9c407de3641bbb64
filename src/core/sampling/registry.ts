// One entry per method: defaults, parameter schema, paper, lesson and run. The UI's forms, the
// CLI's flags, validation and the Python export all read from here.
import type { Dataset } from '../data/dataset';
import { fail, type Outcome } from '../outcome';
import { type ParamSpec, validateParams } from './params';
import { smote } from './smote';
import type { Params, ResampleResult, Sampler, SamplerContext } from './types';

export type MethodKind = 'over-sampler' | 'cleaner' | 'combination';

export interface MethodEntry {
  /** imbalanced-learn's class name. */
  name: string;
  kind: MethodKind;
  /** Where imbalanced-learn keeps it, for the Python export. */
  module: string;
  params: ParamSpec[];
  paper: string;
  /** One line: the weakness it answers, or what it shows. */
  lesson: string;
  run: Sampler;
}

export const samplingStrategyParam: ParamSpec = {
  name: 'sampling_strategy',
  kind: 'strategy',
  default: 'auto',
  help: "Which classes to resample and to what count: 'auto' brings every class but the majority up to the majority's count.",
};

export const kNeighborsParam: ParamSpec = {
  name: 'k_neighbors',
  kind: 'int',
  default: 5,
  min: 1,
  help: 'How many nearest same-class neighbours each anchor may interpolate toward.',
};

const entries: MethodEntry[] = [
  {
    name: 'SMOTE',
    kind: 'over-sampler',
    module: 'imblearn.over_sampling',
    params: [samplingStrategyParam, kNeighborsParam],
    paper:
      'Chawla et al. (2002), SMOTE: Synthetic Minority Over-sampling Technique, JAIR 16:321–357',
    lesson: 'Fills the space between minority neighbours instead of repeating rows.',
    run: smote,
  },
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
