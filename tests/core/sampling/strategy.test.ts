import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../../src/core/data/dataset';
import { cleaningTargets, overSamplingTargets } from '../../../src/core/sampling/strategy';

function labelled(counts: Record<string, number>) {
  const labels = Object.entries(counts).flatMap(([l, c]) => Array(c).fill(l));
  return datasetFromRows({ rows: labels.map((_, i) => [i, i % 3]), labels });
}

const values = (o: { ok: boolean; value?: Int32Array | boolean[] }): (number | boolean)[] =>
  o.value ? [...o.value] : [];

describe('over-sampling targets (new samples per class, sorted label order)', () => {
  const three = labelled({ 0: 10, 1: 10, 2: 6 });

  it("'auto' brings every class but the majority up to it; ties go to the first label", () => {
    expect(values(overSamplingTargets(three, 'auto'))).toEqual([0, 0, 4]);
    expect(values(overSamplingTargets(three, 'not majority'))).toEqual([0, 0, 4]);
  });

  it("'minority', 'not minority' and 'all'", () => {
    const d = labelled({ a: 20, b: 5, c: 12 });
    expect(values(overSamplingTargets(d, 'minority'))).toEqual([0, 15, 0]);
    expect(values(overSamplingTargets(d, 'not minority'))).toEqual([0, 0, 8]);
    expect(values(overSamplingTargets(d, 'all'))).toEqual([0, 15, 8]);
  });

  it('sorts numeric labels numerically', () => {
    const d = labelled({ 10: 4, 9: 8, 2: 8 });
    expect(d.classNames).toEqual(['2', '9', '10']);
    expect(values(overSamplingTargets(d, 'auto'))).toEqual([0, 0, 4]);
  });

  it('a float gives the minority int(M·α − n_min) on two classes', () => {
    const d = labelled({ 0: 100, 1: 10 });
    expect(values(overSamplingTargets(d, 0.5))).toEqual([0, 40]);
    expect(values(overSamplingTargets(d, 0.333))).toEqual([0, 23]);
    const removes = overSamplingTargets(d, 0.1);
    expect(removes.ok).toBe(false);
    if (!removes.ok) expect(removes.error.message).toMatch(/increase the ratio/);
    const multi = overSamplingTargets(three, 0.5);
    expect(multi.ok).toBe(false);
    if (!multi.ok) {
      expect(multi.error.parameter).toBe('sampling_strategy');
      expect(multi.error.message).toMatch(/only with 2 classes; found 3/);
    }
  });

  it('a dict gives the final counts, and may go above the majority', () => {
    const d = labelled({ maj: 20, rare: 5 });
    expect(values(overSamplingTargets(d, { rare: 200 }))).toEqual([0, 195]);
    const fewer = overSamplingTargets(d, { rare: 3 });
    expect(fewer.ok).toBe(false);
    if (!fewer.ok) expect(fewer.error.message).toMatch(/class rare has 5 samples and 3 were asked/);
    const unknown = overSamplingTargets(d, { nope: 3 });
    expect(!unknown.ok && unknown.error.message).toMatch(/class nope is not present/);
    const negative = overSamplingTargets(d, { rare: -1 });
    expect(!negative.ok && negative.error.message).toMatch(/≥ 0/);
  });

  it("rejects a single class and 'majority'", () => {
    const one = overSamplingTargets(labelled({ x: 5 }), 'auto');
    expect(!one.ok && one.error.message).toMatch(/more than 1 class; found 1/);
    expect(overSamplingTargets(three, 'majority').ok).toBe(false);
  });
});

describe('cleaning targets (which classes may lose rows)', () => {
  const d = labelled({ a: 20, b: 5, c: 12 });
  it('maps each string form and a list', () => {
    expect(values(cleaningTargets(d, 'auto'))).toEqual([true, false, true]);
    expect(values(cleaningTargets(d, 'majority'))).toEqual([true, false, false]);
    expect(values(cleaningTargets(d, 'not majority'))).toEqual([false, true, true]);
    expect(values(cleaningTargets(d, 'all'))).toEqual([true, true, true]);
    expect(values(cleaningTargets(d, ['b']))).toEqual([false, true, false]);
  });
  it('rejects a ratio and a dict', () => {
    expect(cleaningTargets(d, 0.5).ok).toBe(false);
    expect(cleaningTargets(d, { a: 3 }).ok).toBe(false);
  });
});
