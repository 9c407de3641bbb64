import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../../src/core/data/dataset';
import { fittingVariants, variantUnfit } from '../../../src/core/evaluation/variant-fit';

const numeric = datasetFromRows({ rows: [[1], [2]], labels: ['a', 'b'] });
const colour = { name: 'colour', codes: Int32Array.from([0, 1]), categories: ['blue', 'red'] };
const mixed = { ...numeric, categorical: [colour] };
const text = { ...mixed, d: 0, X: new Float64Array(0), featureNames: [] };
const wish = ['none', 'class_weight', 'SMOTE', 'BorderlineSMOTE', 'SMOTENC', 'RandomOverSampler'];

describe('fittingVariants', () => {
  it('keeps numeric samplers on numeric data and leaves out SMOTENC', () => {
    expect(fittingVariants(numeric, wish)).toEqual([
      'none',
      'class_weight',
      'SMOTE',
      'BorderlineSMOTE',
      'RandomOverSampler',
    ]);
  });

  it('puts SMOTENC in SMOTE’s place on mixed data, once, and SMOTEN on text-only data', () => {
    expect(fittingVariants(mixed, wish)).toEqual([
      'none',
      'class_weight',
      'SMOTENC',
      'RandomOverSampler',
    ]);
    expect(fittingVariants(text, ['SMOTE', 'TomekLinks'])).toEqual(['SMOTEN']);
  });

  it('says why a variant cannot run', () => {
    expect(variantUnfit(mixed, 'TomekLinks')).toBe(
      'needs numeric features only; use SMOTENC or SMOTEN',
    );
    expect(variantUnfit(text, 'SMOTENC')).toBe('needs numeric columns too; use SMOTEN');
    expect(variantUnfit(numeric, 'SMOTEN')).toBe('needs text (categorical) columns');
    expect(variantUnfit(text, 'RandomOverSampler')).toBeNull();
  });
});
