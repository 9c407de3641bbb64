import { describe, expect, it } from 'vitest';
import { resolveFeatureColumns } from '../../src/io/feature-columns';

const header = ['a', 'label', 'b', 'c'];
const resolve = (entries: unknown[]) =>
  resolveFeatureColumns(header, 'label', entries, 'categorical_features');

describe('resolveFeatureColumns', () => {
  it('takes names, and indices among the features with the label left out', () => {
    expect(resolve(['c', 0])).toEqual({ ok: true, value: ['c', 'a'] });
    expect(resolve(['1', '-1'])).toEqual({ ok: true, value: ['b', 'c'] });
  });

  it('drops repeats', () => {
    expect(resolve(['a', '0', 'a'])).toEqual({ ok: true, value: ['a'] });
  });

  it('names the parameter and the limit when an entry is wrong', () => {
    const messages = [['zz'], ['3'], ['-4'], ['label']].map((e) => {
      const out = resolve(e);
      return out.ok ? '' : out.error.message;
    });
    expect(messages).toEqual([
      "categorical_features: column 'zz' is not in the file; features are a, b, c",
      'categorical_features: index 3 is out of range; features are [0, 2] or [-3, -1]',
      'categorical_features: index -4 is out of range; features are [0, 2] or [-3, -1]',
      "categorical_features: 'label' is the label column, not a feature",
    ]);
  });
});
