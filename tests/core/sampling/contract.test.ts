// The contract every registry method keeps, on the inputs that break samplers: a lone minority row,
// exactly k + 1 minority rows, exact copies, a constant feature, three classes, string labels and a
// text column. Each run either succeeds with a well-formed result or returns a one-line error value
// naming a parameter or a class; it never throws, never mutates its input and repeats with its seed.
import { describe, expect, it } from 'vitest';
import { type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { listMethods, runMethod } from '../../../src/core/sampling/registry';
import type { MethodEntry, Params } from '../../../src/core/sampling/types';
import { blobs } from './cleaning/oracle';
import { withTextColumn } from './mixed-data';
import { expectResultInvariants } from './result-invariants';

/** The method's own neighbour count: k_neighbors, else n_neighbors, else 5. */
function defaultK(entry: MethodEntry): number {
  const spec = entry.params.find((p) => p.name === 'k_neighbors' || p.name === 'n_neighbors');
  return typeof spec?.default === 'number' ? spec.default : 5;
}

function binary(seed: number, minority: number, d = 2): Dataset {
  return blobs(seed, { major: 24, minor: minority }, d, 1.5);
}

function withDuplicates(): Dataset {
  const base = binary(5, 6);
  const rows: number[][] = [];
  const labels: string[] = [];
  for (let i = 0; i < base.n; i++) {
    rows.push(Array.from(base.X.subarray(i * base.d, (i + 1) * base.d)));
    labels.push(base.classNames[base.y[i]]);
  }
  // three identical minority rows, a majority row copied, and one row copied with the other label
  rows.push([3, 3], [3, 3], [3, 3], rows[0], rows[1]);
  labels.push('minor', 'minor', 'minor', 'major', 'minor');
  return datasetFromRows({ rows, labels });
}

function withConstantFeature(): Dataset {
  const base = binary(6, 9, 3);
  const X = base.X.slice();
  for (let i = 0; i < base.n; i++) X[i * base.d + 1] = 7;
  return { ...base, X };
}

function withStringLabels(): Dataset {
  return blobs(7, { zeta: 30, alpha: 8, mid: 14 }, 2, 1.2);
}

function withTextFeature(): Dataset {
  const base = binary(8, 10);
  const colours = ['red', 'green', 'blue'];
  return withTextColumn(
    base,
    'colour',
    Array.from({ length: base.n }, (_, i) => colours[(i * 7) % 3]),
  );
}

interface EdgeCase {
  name: string;
  data: (entry: MethodEntry) => Dataset;
}

const cases: EdgeCase[] = [
  { name: 'one minority sample', data: () => binary(1, 1) },
  { name: 'exactly k + 1 minority samples', data: (e) => binary(2, defaultK(e) + 1) },
  { name: 'exact duplicates', data: withDuplicates },
  { name: 'a constant feature', data: withConstantFeature },
  { name: 'three classes', data: () => blobs(3, { a: 30, b: 15, c: 8 }, 2, 1.2) },
  { name: 'string labels', data: withStringLabels },
  { name: 'a text column', data: withTextFeature },
];

const variants: Params[] = [{}, { sampling_strategy: 'all' }];

function snapshot(data: Dataset): string {
  return JSON.stringify({
    X: Array.from(data.X),
    y: Array.from(data.y),
    categorical: data.categorical.map((c) => ({ ...c, codes: Array.from(c.codes) })),
    classNames: data.classNames,
    featureNames: data.featureNames,
    columns: data.columns,
  });
}

describe('every registry method', () => {
  it('has the full imbalanced-learn suite registered', () => {
    expect(listMethods().map((e) => e.name)).toEqual(
      expect.arrayContaining(['SMOTE', 'TomekLinks', 'EditedNearestNeighbours', 'SMOTEENN']),
    );
  });

  for (const entry of listMethods()) {
    describe(entry.name, () => {
      for (const edge of cases) {
        for (const params of variants) {
          it(`${edge.name} ${JSON.stringify(params)}: a sound result or a named error`, () => {
            const data = edge.data(entry);
            const before = snapshot(data);
            const out = runMethod(entry.name, data, params, { random: createRandom(11) });
            expect(snapshot(data)).toBe(before);
            if (!out.ok) {
              const { message, parameter, className } = out.error;
              expect(message.trim().length).toBeGreaterThan(0);
              expect(message).not.toMatch(/[\r\n]/);
              const names = [...entry.params.map((p) => p.name), 'label', 'X'];
              const named =
                (parameter !== undefined && names.includes(parameter)) ||
                (className !== undefined && data.classNames.includes(className)) ||
                names.some((p) => message.includes(p)) ||
                data.classNames.some((c) => message.includes(`class ${c}`));
              expect(named, message).toBe(true);
              return;
            }
            const result = out.value;
            expectResultInvariants(data, result);
            const again = runMethod(entry.name, data, params, { random: createRandom(11) });
            expect(again.ok && Array.from(again.value.pool.X)).toEqual(Array.from(result.pool.X));
            expect(again.ok && Array.from(again.value.output)).toEqual(Array.from(result.output));
            // counts after follow from the output: over-samplers only add, cleaners only remove
            const after = new Int32Array(data.classNames.length);
            for (const i of result.output) after[result.pool.y[i]]++;
            const input = new Int32Array(data.classNames.length);
            for (const c of data.y) input[c]++;
            for (let c = 0; c < input.length; c++) {
              if (entry.kind === 'over-sampler') expect(after[c]).toBeGreaterThanOrEqual(input[c]);
              if (entry.kind === 'cleaner') expect(after[c]).toBeLessThanOrEqual(input[c]);
            }
            if (entry.kind !== 'over-sampler')
              expect(result.output.length).toBeLessThanOrEqual(result.pool.n);
          });
        }
      }
    });
  }
});
