import { describe, expect, it } from 'vitest';
import { classRows, type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { smoteNcEntry as entry, medianStd } from '../../../src/core/sampling/smote-nc';
import { withTextColumn } from './mixed-data';
import {
  errorOf,
  expectFloatRejectedForThreeClasses,
  expectOnSegments,
  expectStrategyCounts,
  run,
  threeClassCases,
  twoClassCases,
} from './over-sampler-checks';

/** Numeric x0, x1 (x1 a small integer code), a text column 'colour', labels per `counts`. */
function mixed(seed: number, counts: Record<string, number>): Dataset {
  const r = createRandom(seed);
  const rows: number[][] = [];
  const labels: string[] = [];
  const colours: string[] = [];
  Object.entries(counts).forEach(([label, c], ci) => {
    for (let i = 0; i < c; i++) {
      rows.push([ci + r.normal(), r.int(3) * 10]);
      labels.push(label);
      colours.push(['red', 'green', 'blue'][r.int(3)]);
    }
  });
  return withTextColumn(datasetFromRows({ rows, labels }), 'colour', colours);
}

/** The k nearest class rows of row i in SMOTENC's metric: numeric distance² plus med² per differing category. */
function oracleNeighbors(
  data: Dataset,
  c: number,
  i: number,
  k: number,
  continuous: number[],
  categories: Int32Array[],
): number[] {
  const rows = Array.from(classRows(data, c));
  const med = medianStd(data, classRows(data, c), continuous);
  const d2 = (j: number) => {
    let s = 0;
    for (const t of continuous) s += (data.X[i * data.d + t] - data.X[j * data.d + t]) ** 2;
    for (const codes of categories) if (codes[i] !== codes[j]) s += med * med;
    return s;
  };
  return rows
    .filter((j) => j !== i)
    .map((j) => ({ j, d: d2(j) }))
    .sort((a, b) => a.d - b.d || a.j - b.j)
    .slice(0, k)
    .map((o) => o.j);
}

/** The categories with the highest count among the given rows. */
function majority(codes: ArrayLike<number>, rows: number[]): number[] {
  const tally = new Map<number, number>();
  for (const j of rows) tally.set(codes[j], (tally.get(codes[j]) ?? 0) + 1);
  const best = Math.max(...tally.values());
  return [...tally].filter(([, n]) => n === best).map(([code]) => code);
}

describe('SMOTENC', () => {
  const two = mixed(1, { 0: 12, 1: 6 });
  const three = mixed(2, { a: 10, b: 7, c: 5 });

  it('reaches the exact counts of every sampling_strategy form', () => {
    expectStrategyCounts(entry, two, twoClassCases, { k_neighbors: 3 });
    expectStrategyCounts(entry, three, threeClassCases, { k_neighbors: 3 });
    expectFloatRejectedForThreeClasses(entry, three);
  });

  it('interpolates numbers and gives each category the majority of the anchor’s k neighbours', () => {
    const k = 4;
    const data = mixed(3, { 0: 30, 1: 20 });
    const res = run(entry, data, { k_neighbors: k, categorical_features: ['colour', 'x1'] });
    const x1 = Int32Array.from({ length: data.n }, (_, i) => data.X[i * 2 + 1]);
    const colour = data.categorical[0].codes;
    expectOnSegments(res, data, [0]);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      const row = data.n + s;
      const nn = oracleNeighbors(data, 1, a, k, [0], [x1, colour]);
      expect(nn).toContain(res.provenance.neighbor[s]);
      expect(majority(colour, nn)).toContain(res.pool.categorical[0].codes[row]);
      // x1 stays numeric and takes one of its own values, the neighbours' majority.
      expect(majority(x1, nn)).toContain(res.pool.X[row * 2 + 1]);
    }
  });

  it('reads a text column as categorical when categorical_features is empty, and accepts indices', () => {
    const auto = run(entry, two, { k_neighbors: 3 }, 4);
    const byName = run(entry, two, { k_neighbors: 3, categorical_features: ['colour'] }, 4);
    const byIndex = run(entry, two, { k_neighbors: 3, categorical_features: ['-1'] }, 4);
    expect(Array.from(auto.pool.X)).toEqual(Array.from(byName.pool.X));
    expect(Array.from(auto.pool.categorical[0].codes)).toEqual(
      Array.from(byIndex.pool.categorical[0].codes),
    );
    // x1 interpolated here (not categorical): every row on its segment in both numeric columns.
    expectOnSegments(auto, two);
  });

  it('with a class whose numbers do not vary (med_c = 0) ignores categories in the distance', () => {
    // All of class 1 sits at x = 1, so every distance is 0 and the neighbours are the first rows
    // by index (0, 1, or 0, 2 ...): all blue, even for the red rows 3 and 4.
    const flat = withTextColumn(
      datasetFromRows({
        rows: [[1], [1], [1], [1], [1], [5], [6], [7], [8], [9], [10], [11]],
        labels: [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
      }),
      'colour',
      ['blue', 'blue', 'blue', 'red', 'red', 'red', 'red', 'red', 'red', 'red', 'red', 'red'],
    );
    const res = run(entry, flat, { k_neighbors: 2, sampling_strategy: { 1: 20 } }, 5);
    const anchors = new Set(res.provenance.anchor);
    expect(anchors.has(3) || anchors.has(4)).toBe(true);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      expect(res.provenance.neighbor[s]).toBeLessThan(3);
      expect(res.pool.categorical[0].codes[flat.n + s]).toBe(0);
    }
  });

  it('breaks a tied vote at random, so both categories appear over many draws', () => {
    const tie = withTextColumn(
      datasetFromRows({
        rows: [[0], [1], [2], [10], [11], [12], [13], [14]],
        labels: [1, 1, 1, 0, 0, 0, 0, 0],
      }),
      'colour',
      ['red', 'blue', 'green', 'red', 'red', 'red', 'red', 'red'],
    );
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const res = run(entry, tie, { k_neighbors: 2, sampling_strategy: { 1: 8 } }, seed);
      for (let s = 0; s < res.provenance.anchor.length; s++) {
        if (res.provenance.anchor[s] !== 0) continue;
        const code = res.pool.categorical[0].codes[tie.n + s];
        seen.add(tie.categorical[0].categories[code]);
      }
    }
    // Row 0's neighbours are rows 1 (blue) and 2 (green): a tie.
    expect([...seen].sort()).toEqual(['blue', 'green']);
  });

  it('gives identical output for the same seed', () => {
    const a = run(entry, three, { k_neighbors: 3 }, 8);
    const b = run(entry, three, { k_neighbors: 3 }, 8);
    expect(Array.from(a.pool.X)).toEqual(Array.from(b.pool.X));
    expect(Array.from(a.pool.categorical[0].codes)).toEqual(
      Array.from(b.pool.categorical[0].codes),
    );
  });

  it('explains every categorical_features mistake and a class that is too small', () => {
    expect(errorOf(entry, two, { categorical_features: ['3'] })).toBe(
      'categorical_features: index 3 is out of range; with 3 features it must be in [0, 2] or [-3, -1]',
    );
    expect(errorOf(entry, two, { categorical_features: ['-4'] })).toMatch(
      /index -4 is out of range/,
    );
    expect(errorOf(entry, two, { categorical_features: ['color'] })).toBe(
      "categorical_features: there is no feature column 'color'; the features are x0, x1, colour",
    );
    expect(errorOf(entry, two, { categorical_features: ['label'] })).toBe(
      "categorical_features: 'label' is the label column, not a feature",
    );
    expect(errorOf(entry, two, { categorical_features: ['x0', 'x1', 'colour'] })).toBe(
      'SMOTENC needs at least one numerical feature, but categorical_features covers all 3 features (use SMOTEN for purely categorical data)',
    );
    expect(errorOf(entry, two, { categorical_features: ['x1'] })).toBe(
      "categorical_features: column 'colour' holds text, so it must be listed as categorical too",
    );
    const numeric = datasetFromRows({ rows: [[0], [1], [2], [3]], labels: [0, 0, 1, 1] });
    expect(errorOf(entry, numeric, {})).toBe(
      'SMOTENC needs at least one categorical feature: categorical_features is empty and no column holds text (name the categorical columns, or use SMOTE)',
    );
    expect(errorOf(entry, two, { k_neighbors: 6 })).toBe(
      'class 1 has 6 samples; k_neighbors can be at most 5 (it is 6)',
    );
  });
});
