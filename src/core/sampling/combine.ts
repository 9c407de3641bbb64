// SMOTETomek: Batista, Bazzan and Monard (2003), "Balancing Training Data for Automated Annotation
// of Keywords: a Case Study", WOB. SMOTEENN: Batista, Prati and Monard (2004), "A Study of the
// Behavior of Several Methods for Balancing Machine Learning Training Data", SIGKDD Explorations 6(1).
// As in imbalanced-learn: SMOTE (k_neighbors=5, the outer sampling_strategy) first, then TomekLinks
// or EditedNearestNeighbours (n_neighbors=3, kind_sel='all') with sampling_strategy='all' on the
// originals plus the synthetic rows, so minority and synthetic rows can be removed too. The inner
// SMOTE's k_neighbors is a flat parameter here instead of a smote=SMOTE(...) object.
import type { Dataset } from '../data/dataset';
import { type Outcome, ok } from '../outcome';
import type { KeptRows } from './cleaning/cleaner';
import { editedNearestNeighbours } from './cleaning/enn';
import { tomekLinks } from './cleaning/tomek';
import { kNeighborsParam, samplingStrategyParam } from './common-params';
import { checkNumericFeatures } from './numeric-features';
import type { ParamSpec } from './params';
import { smote } from './smote';
import type { MethodEntry, ResampleResult, Sampler } from './types';

type PoolCleaner = (pool: Dataset, rows: Int32Array, all: boolean[]) => Outcome<KeptRows>;

const innerKNeighborsParam: ParamSpec = {
  ...kNeighborsParam,
  help: 'k_neighbors of the inner SMOTE (in imbalanced-learn: smote=SMOTE(k_neighbors=…)).',
};

function cleaningWarning(cleaner: string, result: ResampleResult, removed: Int32Array): string[] {
  if (removed.length === 0) return [];
  const synthetic = removed.filter((i) => i >= result.nInput).length;
  return [
    `${cleaner} removed ${removed.length} rows after SMOTE (${synthetic} of them synthetic), so the classes end below the counts SMOTE reached`,
  ];
}

function smoteThenClean(method: string, cleaner: string, clean: PoolCleaner): Sampler {
  return (data, params, ctx) => {
    const numeric = checkNumericFeatures(method, data);
    if (numeric) return numeric;
    const progress = ctx.onProgress;
    const halfway = progress && ((f: number) => progress(f / 2));
    const over = smote(data, params, { ...ctx, onProgress: halfway });
    if (!over.ok) return over;
    const result = over.value;
    const all = data.classNames.map(() => true);
    const pick = clean(result.pool, result.output, all);
    if (!pick.ok) return pick;
    progress?.(1);
    const { kept, removed } = pick.value;
    const warnings = [...result.warnings, ...cleaningWarning(cleaner, result, removed)];
    return ok({ ...result, method, output: kept, removed, warnings });
  };
}

export const smoteTomekEntry: MethodEntry = {
  name: 'SMOTETomek',
  kind: 'combination',
  module: 'imblearn.combine',
  params: [samplingStrategyParam, innerKNeighborsParam],
  paper:
    'Batista, Bazzan and Monard (2003), Balancing Training Data for Automated Annotation of Keywords: a Case Study, WOB',
  lesson: 'Generate with SMOTE, then remove both ends of every Tomek link to clear the boundary.',
  run: smoteThenClean('SMOTETomek', 'TomekLinks', (pool, rows, all) =>
    ok(tomekLinks(pool, rows, all)),
  ),
};

export const smoteEnnEntry: MethodEntry = {
  name: 'SMOTEENN',
  kind: 'combination',
  module: 'imblearn.combine',
  params: [samplingStrategyParam, innerKNeighborsParam],
  paper:
    'Batista, Prati and Monard (2004), A Study of the Behavior of Several Methods for Balancing Machine Learning Training Data, SIGKDD Explorations 6(1)',
  lesson:
    'Generate with SMOTE, then remove every point whose 3 nearest neighbours do not all share its class.',
  run: smoteThenClean('SMOTEENN', 'EditedNearestNeighbours', (pool, rows, all) =>
    editedNearestNeighbours(pool, rows, all, 3, 'all'),
  ),
};
