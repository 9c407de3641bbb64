import { describe, expect, it } from 'vitest';
import {
  carriedParamTexts,
  changedParamTexts,
  findMethodInfo,
  initialParams,
} from '../../src/state/method-params';
import { methods } from './catalog-fixture';

const info = (name: string) => {
  const found = findMethodInfo(methods, name);
  if (!found) throw new Error(`no method ${name}`);
  return found;
};

describe('method parameters in the store', () => {
  it('finds methods by name, ignoring case', () => {
    expect(findMethodInfo(methods, 'smoteenn')?.name).toBe('SMOTEENN');
    expect(findMethodInfo(methods, 'Magic')).toBeNull();
  });

  it('opens a method with its defaults and k_neighbors equal to the walkthrough k', () => {
    expect(initialParams(info('BorderlineSMOTE'), 3)).toEqual({
      sampling_strategy: 'auto',
      k_neighbors: 3,
      m_neighbors: 10,
      kind: 'borderline-1',
    });
    expect(initialParams(info('ADASYN'), 3)).toEqual({ sampling_strategy: 'auto', n_neighbors: 5 });
  });

  it('reads the parameters a link carries as text', () => {
    const params = initialParams(info('KMeansSMOTE'), 5, {
      kmeans_estimator: '4',
      cluster_balance_threshold: '0.1',
      sampling_strategy: '{"minority":100}',
    });
    expect(params).toMatchObject({
      kmeans_estimator: 4,
      cluster_balance_threshold: 0.1,
      density_exponent: 'auto',
      sampling_strategy: { minority: 100 },
      k_neighbors: 5,
    });
  });

  it('writes only what differs from the opening values, k_neighbors against k', () => {
    const borderline = info('BorderlineSMOTE');
    const params = { ...initialParams(borderline, 3), kind: 'borderline-2' };
    expect(changedParamTexts(borderline, params, 3)).toEqual({ kind: 'borderline-2' });
    expect(changedParamTexts(borderline, { ...params, k_neighbors: 0 }, 3)).toEqual({
      kind: 'borderline-2',
      k_neighbors: '0',
    });
    expect(carriedParamTexts(borderline, { ...params, k_neighbors: 0 }, 3)).toEqual({
      kind: 'borderline-2',
    });
  });

  it('gives back what it wrote: changed texts reopen the same parameters', () => {
    const nc = info('SMOTENC');
    const params = {
      ...initialParams(nc, 5),
      categorical_features: ['contract', 'payment'],
      sampling_strategy: 0.5,
    };
    const texts = changedParamTexts(nc, params, 5);
    expect(texts).toEqual({ categorical_features: 'contract,payment', sampling_strategy: '0.5' });
    expect(initialParams(nc, 5, texts)).toEqual(params);
  });
});
