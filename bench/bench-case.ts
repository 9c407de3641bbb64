// What each registry method is timed on: the numeric data with its defaults, except methods built
// for categories. Python gets the same parameters, with column indices where it wants them.
import type { MethodEntry, Params } from '../src/core/sampling/types';
import { type DataKind, dataFileName, featureName, MIXED_CATEGORICAL } from './bench-data';

export interface BenchCase {
  name: string;
  /** imbalanced-learn's module, to import the class from. */
  module: string;
  data: DataKind;
  /** The CSV under bench/out holding that data. */
  file: string;
  params: Params;
  pythonParams: Record<string, number[]>;
}

// SMOTEN reads every column as categorical; nothing in its parameters says so.
const ALL_CATEGORICAL = new Set(['SMOTEN']);

export function benchCase(entry: MethodEntry): BenchCase {
  const base = { name: entry.name, module: entry.module };
  const columns = entry.params.find((p) => p.kind === 'columns');
  if (columns) {
    return {
      ...base,
      data: 'mixed',
      file: dataFileName('mixed'),
      params: { [columns.name]: MIXED_CATEGORICAL.map(featureName) },
      pythonParams: { [columns.name]: MIXED_CATEGORICAL },
    };
  }
  const data = ALL_CATEGORICAL.has(entry.name) ? 'categorical' : 'numeric';
  return { ...base, data, file: dataFileName(data), params: {}, pythonParams: {} };
}
