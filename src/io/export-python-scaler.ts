// The scaler around the sampler in the Python export: smote-lab searched neighbours on scaled
// numeric features and reports rows in the file's units, so the code scales, resamples, and
// maps back with the scaler's inverse. scikit-learn's scalers match smote-lab's: the population
// standard deviation, and scale 1 for a constant feature.
import type { ScalingKind } from '../core/data/scaling';
import type { PythonRun } from './export-python';

export interface ScalerLines {
  imports: string[];
  /** The fit, before the sampler is made. */
  before: string[];
  /** The inverse, after fit_resample. */
  after: string[];
}

const SCALERS: Record<Exclude<ScalingKind, 'none'>, { name: string; words: string }> = {
  standardise: { name: 'StandardScaler', words: 'standardised' },
  'min-max': { name: 'MinMaxScaler', words: 'min-max scaled' },
};

export function scalerLines(run: PythonRun): ScalerLines {
  const kind = run.scaling ?? 'none';
  const names = run.dataset.featureNames;
  if (kind === 'none' || names.length === 0) return { imports: [], before: [], after: [] };
  const { name, words } = SCALERS[kind];
  return {
    imports: [`from sklearn.preprocessing import ${name}`],
    before: [
      '',
      `# smote-lab found the neighbours on ${words} numeric features and reports the synthetic`,
      "# rows in the file's own units: scale, resample, then undo the scaling.",
      `numeric = [${names.map((n) => JSON.stringify(n)).join(', ')}]`,
      `scaler = ${name}()`,
      'X[numeric] = scaler.fit_transform(X[numeric])',
    ],
    after: ['X_res[numeric] = scaler.inverse_transform(X_res[numeric])'],
  };
}
