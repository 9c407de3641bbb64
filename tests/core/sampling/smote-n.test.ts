import { describe, expect, it } from 'vitest';
import { classRows, type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { smoteNEntry as entry } from '../../../src/core/sampling/smote-n';
import { textAt, withTextColumn } from './mixed-data';
import {
  errorOf,
  expectFloatRejectedForThreeClasses,
  expectStrategyCounts,
  run,
  threeClassCases,
  twoClassCases,
} from './over-sampler-checks';

/** Two text columns and a numeric one with three values, labels per `counts`. */
function categorical(seed: number, counts: Record<string, number>): Dataset {
  const r = createRandom(seed);
  const rows: number[][] = [];
  const labels: string[] = [];
  const colour: string[] = [];
  const size: string[] = [];
  Object.entries(counts).forEach(([label, c], ci) => {
    for (let i = 0; i < c; i++) {
      rows.push([[1, 2, 10][(ci + r.int(3)) % 3]]);
      labels.push(label);
      colour.push(['red', 'green', 'blue'][r.int(3)]);
      size.push(['S', 'M', 'L', 'XL'][(ci + r.int(2)) % 4]);
    }
  });
  const base = datasetFromRows({ rows, labels, featureNames: ['doors'] });
  return withTextColumn(withTextColumn(base, 'colour', colour), 'size', size);
}

/** Every feature as text, in column order. */
function texts(data: Dataset, i: number): string[] {
  return data.columns.map((ref) =>
    ref.kind === 'numeric'
      ? String(data.X[i * data.d + ref.index])
      : textAt(data, data.categorical[ref.index].name, i),
  );
}

/** The mode rule restated: VDM over all rows, the k + 1 nearest class rows (self included), per-feature mode. */
function oracleRow(data: Dataset, anchor: number, k: number): string[] {
  const all = Array.from({ length: data.n }, (_, i) => texts(data, i));
  const C = data.classNames.length;
  const prob = (f: number, v: string) => {
    const p = new Array<number>(C).fill(0);
    all.forEach((t, i) => {
      if (t[f] === v) p[data.y[i]]++;
    });
    const total = p.reduce((s, x) => s + x, 0);
    return p.map((x) => x / total);
  };
  const dist = (a: number, b: number) =>
    all[a].reduce((s, _, f) => {
      const pa = prob(f, all[a][f]);
      const pb = prob(f, all[b][f]);
      const l1 = pa.reduce((t, x, c) => t + Math.abs(x - pb[c]), 0);
      return s + l1 * l1;
    }, 0);
  const group = Array.from(classRows(data, data.y[anchor]))
    .map((j) => ({ j, d: dist(anchor, j) }))
    .sort((a, b) => a.d - b.d || a.j - b.j)
    .slice(0, k + 1)
    .map((o) => o.j);
  return all[anchor].map((_, f) => {
    const tally = new Map<string, number>();
    for (const j of group) tally.set(all[j][f], (tally.get(all[j][f]) ?? 0) + 1);
    const best = Math.max(...tally.values());
    const tied = [...tally].filter(([, n]) => n === best).map(([v]) => v);
    // Ties go to the category that sorts first: numerically for a numeric column.
    return tied.sort((a, b) => (f === 0 ? Number(a) - Number(b) : a < b ? -1 : 1))[0];
  });
}

describe('SMOTEN', () => {
  const two = categorical(1, { 0: 12, 1: 6 });
  const three = categorical(2, { a: 10, b: 7, c: 5 });

  it('reaches the exact counts of every sampling_strategy form', () => {
    expectStrategyCounts(entry, two, twoClassCases, { k_neighbors: 3 });
    expectStrategyCounts(entry, three, threeClassCases, { k_neighbors: 3 });
    expectFloatRejectedForThreeClasses(entry, three);
  });

  it('follows the VDM mode rule worked out by hand', () => {
    // P(class 0, class 1 | colour): red (1/3, 2/3), blue (3/4, 1/4), green (4/5, 1/5). So blue and
    // green are 0.01 apart, red is far from both. With k = 1, red rows (0, 1) pair with each other;
    // blue (2) and green (3) pair up and tie, and the tie goes to blue, which sorts first.
    const data = withTextColumn(
      datasetFromRows({
        rows: Array.from({ length: 12 }, () => []),
        labels: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      }),
      'colour',
      [
        'red',
        'red',
        'blue',
        'green',
        'red',
        'blue',
        'blue',
        'blue',
        'green',
        'green',
        'green',
        'green',
      ],
    );
    const res = run(entry, data, { k_neighbors: 1, sampling_strategy: { 1: 40 } });
    const expected = ['red', 'red', 'blue', 'blue'];
    const anchors = new Set(res.provenance.anchor);
    expect(anchors.size).toBe(4);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      expect(textAt(res.pool, 'colour', data.n + s)).toBe(expected[res.provenance.anchor[s]]);
      expect(res.provenance.neighbor[s]).toBe(-1);
      expect(res.provenance.gap[s]).toBeNaN();
    }
  });

  it('matches the mode rule restated on mixed text and numeric columns, three classes', () => {
    const k = 3;
    const res = run(entry, three, { k_neighbors: k, sampling_strategy: 'all' });
    expect(res.provenance.anchor.length).toBe(8);
    for (let s = 0; s < res.provenance.anchor.length; s++) {
      const a = res.provenance.anchor[s];
      expect(res.pool.y[three.n + s]).toBe(three.y[a]);
      expect(texts(res.pool, three.n + s)).toEqual(oracleRow(three, a, k));
    }
  });

  it('gives identical output for the same seed', () => {
    const a = run(entry, three, { k_neighbors: 2 }, 8);
    const b = run(entry, three, { k_neighbors: 2 }, 8);
    expect(Array.from(a.provenance.anchor)).toEqual(Array.from(b.provenance.anchor));
    expect(Array.from(a.pool.categorical[1].codes)).toEqual(
      Array.from(b.pool.categorical[1].codes),
    );
  });

  it('explains a class that is too small', () => {
    expect(errorOf(entry, three, { k_neighbors: 5 })).toBe(
      'class c has 5 samples; k_neighbors can be at most 4 (it is 5)',
    );
  });
});
