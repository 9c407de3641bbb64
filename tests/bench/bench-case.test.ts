import { describe, expect, it } from 'vitest';
import { benchCase } from '../../bench/bench-case';
import { smoteEntry } from '../../src/core/sampling/smote';
import type { MethodEntry } from '../../src/core/sampling/types';

const withColumns: MethodEntry = {
  ...smoteEntry,
  name: 'SMOTENC',
  params: [
    ...smoteEntry.params,
    { name: 'categorical_features', kind: 'columns', default: [], help: '' },
  ],
};

describe('benchCase', () => {
  it('times plain samplers on the numeric data with their defaults', () => {
    expect(benchCase(smoteEntry)).toEqual({
      name: 'SMOTE',
      module: 'imblearn.over_sampling',
      data: 'numeric',
      file: 'bench-numeric.csv',
      params: {},
      pythonParams: {},
    });
  });

  it('gives a column-list method the mixed data, by name for smote-lab and by index for Python', () => {
    expect(benchCase(withColumns)).toMatchObject({
      data: 'mixed',
      file: 'bench-mixed.csv',
      params: { categorical_features: ['f8', 'f9'] },
      pythonParams: { categorical_features: [8, 9] },
    });
  });

  it('gives SMOTEN the all-categorical data', () => {
    expect(benchCase({ ...smoteEntry, name: 'SMOTEN' }).file).toBe('bench-categorical.csv');
  });
});
