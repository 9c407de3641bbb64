// TomekLinks and EditedNearestNeighbours against imbalanced-learn's sample_indices_: the rows kept,
// in its output order, and the rows removed; the same on a pool with synthetic rows (the cleaning
// stage of SMOTETomek / SMOTEENN); and the combinations' SMOTE stage.
// Deliberate difference: a row is never its own neighbour, so exact copies with different labels
// are always linked by TomekLinks and always see each other in ENN; imbalanced-learn's tie order can
// keep the row itself instead. Rows whose verdict rests on tie order are checked by rule instead.
import { describe, expect, it } from 'vitest';
import { classCounts, type Dataset, datasetFromRows } from '../../src/core/data/dataset';
import { cleaningTargets, type SamplingStrategy } from '../../src/core/sampling/strategy';
import type { ResampleResult } from '../../src/core/sampling/types';
import { oracleEnnRemoved, oracleTomekRemoved } from '../core/sampling/cleaning/oracle';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import { loadDatasets, mustRun, outputCounts, type Run, title, toDataset } from './fixtures';

function targetsOf(data: Dataset, strategy: unknown): boolean[] {
  const t = cleaningTargets(data, strategy as SamplingStrategy);
  if (!t.ok) throw new Error(t.error.message);
  return t.value;
}

function oracleRemoved(data: Dataset, run: Run): number[] {
  const targets = targetsOf(data, run.params.sampling_strategy);
  if (run.method === 'TomekLinks') return oracleTomekRemoved(data, targets);
  const k = run.params.n_neighbors as number;
  return oracleEnnRemoved(data, targets, k, run.params.kind_sel as 'all' | 'mode');
}

/** Ours equals imbalanced-learn's outside the tie-dependent rows, and the rule everywhere. */
function expectCleaned(data: Dataset, result: ResampleResult, run: Run, kept: number[]) {
  const ambiguous = new Set(run.ambiguous ?? []);
  const clear = (rows: Iterable<number>) => Array.from(rows).filter((i) => !ambiguous.has(i));
  expect(clear(result.output)).toEqual(clear(kept));
  const keptSet = new Set(kept);
  const removed = Array.from({ length: data.n }, (_, i) => i).filter((i) => !keptSet.has(i));
  expect(clear(result.removed)).toEqual(clear(removed));
  expect(Array.from(result.removed)).toEqual(oracleRemoved(data, run));
}

for (const fixture of loadDatasets().filter((f) => f.knn_all)) {
  describe(fixture.name, () => {
    const data = toDataset(fixture);
    const cleanerRuns = fixture.runs.filter(
      (r) => (r.method === 'TomekLinks' || r.method === 'EditedNearestNeighbours') && r.kept,
    );

    for (const run of cleanerRuns) {
      it(`${title(run)} keeps imbalanced-learn's rows in its order`, () => {
        const result = mustRun(run, data);
        expectCleaned(data, result, run, run.kept!);
        expectResultInvariants(data, result);
      });
    }

    const pool = fixture.cleaning_after_smote;
    if (pool) {
      const poolData = datasetFromRows({ rows: pool.X, labels: pool.y });
      const stages: [string, Run][] = [
        ['TomekLinks', { method: 'TomekLinks', params: { sampling_strategy: 'all' } }],
        [
          'EditedNearestNeighbours',
          { method: 'EditedNearestNeighbours', params: { sampling_strategy: 'all' } },
        ],
      ];
      for (const [name, run] of stages) {
        it(`${name}('all') cleans imbalanced-learn's SMOTE output as it does`, () => {
          const isTomek = name === 'TomekLinks';
          const ambiguous = isTomek ? pool.ambiguous_tomek : pool.ambiguous_enn;
          const result = mustRun(run, poolData);
          // the oracle needs ENN's defaults spelled out
          const params = { ...run.params, n_neighbors: 3, kind_sel: 'all' };
          const kept = isTomek ? pool.tomek_kept : pool.enn_kept;
          expectCleaned(poolData, result, { ...run, params, ambiguous }, kept);
          // synthetic rows (pool index ≥ n_input) are cleaned too
          expect(Array.from(result.removed).some((i) => i >= pool.n_input)).toBe(true);
        });
      }
    }

    const combinations = fixture.runs.filter(
      (r) => (r.method === 'SMOTETomek' || r.method === 'SMOTEENN') && r.counts_after_smote,
    );
    for (const run of combinations) {
      it(`${title(run)}: SMOTE's counts first, then the cleaning rule on the whole pool`, () => {
        const result = mustRun(run, data);
        const before = Object.fromEntries(
          Array.from(classCounts(result.pool), (n, c) => [data.classNames[c], n]),
        );
        expect(before).toEqual(run.counts_after_smote);
        const cleaner = run.method === 'SMOTETomek' ? 'TomekLinks' : 'EditedNearestNeighbours';
        const rule: Run = {
          method: cleaner,
          params: { sampling_strategy: 'all', n_neighbors: 3, kind_sel: 'all' },
        };
        expect(Array.from(result.removed)).toEqual(oracleRemoved(result.pool, rule));
        const after = outputCounts(result);
        for (const label of data.classNames)
          expect(after[label]).toBeLessThanOrEqual(before[label]);
        expectResultInvariants(data, result);
      });
    }
  });
}

describe('exact copies with different labels (duplicates-2d)', () => {
  const fixture = loadDatasets().find((f) => f.name === 'duplicates-2d')!;
  const data = toDataset(fixture);
  const run = fixture.runs.find(
    (r) => r.method === 'TomekLinks' && r.params.sampling_strategy === 'all',
  )!;

  it('are Tomek links for us, while imbalanced-learn 0.10 missed every one of them', () => {
    const result = mustRun(run, data);
    const copyWithOtherLabel = (i: number) =>
      fixture.X!.some(
        (row, j) =>
          j !== i && fixture.y[j] !== fixture.y[i] && row.every((v, t) => v === fixture.X![i][t]),
      );
    const extra = Array.from(result.removed).filter((i) => !run.removed!.includes(i));
    expect(extra.length).toBeGreaterThanOrEqual(6);
    expect(extra.every(copyWithOtherLabel)).toBe(true);
    expect(run.removed!.some(copyWithOtherLabel)).toBe(false);
  });
});
