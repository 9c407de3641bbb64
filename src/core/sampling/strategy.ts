// imbalanced-learn's sampling_strategy rules (imblearn/utils/_validation.py), as counts per class.
import { classCounts, type Dataset } from '../data/dataset';
import { fail, type Outcome, ok } from '../outcome';

export type SamplingStrategy =
  | 'auto'
  | 'minority'
  | 'majority'
  | 'not minority'
  | 'not majority'
  | 'all'
  | number
  | Record<string, number>
  | string[];

const PARAM = { parameter: 'sampling_strategy' };

/** Majority and minority class codes; ties go to the first class in sorted label order. */
export function majorityMinority(counts: Int32Array): { majority: number; minority: number } {
  let majority = 0;
  let minority = 0;
  for (let c = 1; c < counts.length; c++) {
    if (counts[c] > counts[majority]) majority = c;
    if (counts[c] < counts[minority]) minority = c;
  }
  return { majority, minority };
}

function checkClasses(data: Dataset): Outcome<Int32Array> {
  const counts = classCounts(data);
  const present = counts.filter((c) => c > 0).length;
  if (present <= 1) {
    return fail(`the label column needs more than 1 class; found ${present}`, {
      parameter: 'label',
    });
  }
  return ok(counts);
}

function dictCodes(data: Dataset, dict: Record<string, number>): Outcome<Map<number, number>> {
  const codes = new Map<number, number>();
  for (const [label, value] of Object.entries(dict)) {
    const c = data.classNames.indexOf(label);
    if (c < 0) return fail(`sampling_strategy: class ${label} is not present in the data`, PARAM);
    if (!Number.isInteger(value) || value < 0) {
      return fail(
        `sampling_strategy: class ${label} asks for ${value} samples; counts must be whole numbers ≥ 0`,
        PARAM,
      );
    }
    codes.set(c, value);
  }
  return ok(codes);
}

/** Over-samplers: how many NEW samples each class gets. */
export function overSamplingTargets(
  data: Dataset,
  strategy: SamplingStrategy,
): Outcome<Int32Array> {
  const checked = checkClasses(data);
  if (!checked.ok) return checked;
  const counts = checked.value;
  const { majority, minority } = majorityMinority(counts);
  const M = counts[majority];
  const out = new Int32Array(counts.length);
  const fill = (pick: (c: number) => boolean) => {
    for (let c = 0; c < counts.length; c++) if (pick(c)) out[c] = M - counts[c];
    return ok(out);
  };
  if (typeof strategy === 'number') {
    if (counts.length !== 2) {
      return fail(
        `sampling_strategy can be a float only with 2 classes; found ${counts.length} (use a dict of class → count)`,
        PARAM,
      );
    }
    if (!(strategy > 0 && strategy <= 1))
      return fail(`sampling_strategy must be a float in (0, 1]; got ${strategy}`, PARAM);
    const n = Math.trunc(M * strategy - counts[minority]);
    if (n <= 0) {
      return fail(
        `sampling_strategy=${strategy} would remove samples from the minority class ${data.classNames[minority]} (${counts[minority]} of ${M}); increase the ratio`,
        PARAM,
      );
    }
    out[minority] = n;
    return ok(out);
  }
  if (Array.isArray(strategy))
    return fail('sampling_strategy: a list of classes is only for cleaning methods', PARAM);
  if (typeof strategy === 'object') {
    const codes = dictCodes(data, strategy);
    if (!codes.ok) return codes;
    for (const [c, value] of codes.value) {
      if (value < counts[c]) {
        return fail(
          `sampling_strategy: class ${data.classNames[c]} has ${counts[c]} samples and ${value} were asked; an over-sampler cannot remove samples`,
          { ...PARAM, className: data.classNames[c] },
        );
      }
      out[c] = value - counts[c];
    }
    return ok(out);
  }
  switch (strategy) {
    case 'auto':
    case 'not majority':
      return fill((c) => c !== majority);
    case 'minority':
      return fill((c) => c === minority);
    case 'not minority':
      return fill((c) => c !== minority);
    case 'all':
      return fill(() => true);
    default:
      return fail(
        `sampling_strategy '${strategy}' is not valid for an over-sampler; use auto, minority, not minority, not majority, all, a float or a dict`,
        PARAM,
      );
  }
}

/** Cleaning methods: which classes may lose rows (only the keys of the strategy matter). */
export function cleaningTargets(data: Dataset, strategy: SamplingStrategy): Outcome<boolean[]> {
  const checked = checkClasses(data);
  if (!checked.ok) return checked;
  const counts = checked.value;
  const { majority, minority } = majorityMinority(counts);
  const K = counts.length;
  const pick = (f: (c: number) => boolean) => ok(Array.from({ length: K }, (_, c) => f(c)));
  if (typeof strategy === 'number') {
    return fail(
      "sampling_strategy: cleaning methods take no ratio; use 'auto', 'majority', 'not minority', 'not majority', 'all' or a list of classes",
      PARAM,
    );
  }
  if (Array.isArray(strategy)) {
    const set = new Set<number>();
    for (const label of strategy) {
      const c = data.classNames.indexOf(label);
      if (c < 0) return fail(`sampling_strategy: class ${label} is not present in the data`, PARAM);
      set.add(c);
    }
    return pick((c) => set.has(c));
  }
  if (typeof strategy === 'object') {
    return fail(
      'sampling_strategy: cleaning methods take a list of classes, not a dict of counts',
      PARAM,
    );
  }
  switch (strategy) {
    case 'auto':
    case 'not minority':
      return pick((c) => c !== minority);
    case 'majority':
      return pick((c) => c === majority);
    case 'not majority':
      return pick((c) => c !== majority);
    case 'all':
      return pick(() => true);
    default:
      return fail(`sampling_strategy '${strategy}' is not valid for a cleaning method`, PARAM);
  }
}
