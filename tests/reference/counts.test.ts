// Class counts after resampling, exactly as imbalanced-learn makes them, for every over-sampler and
// sampling_strategy form the fixtures hold, plus the invariants every result must satisfy.
import { describe, expect, it } from 'vitest';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import {
  isRegistered,
  loadDatasets,
  mustRun,
  outputCounts,
  type Run,
  runReference,
  title,
  toDataset,
} from './fixtures';

const EXACT = new Set([
  'SMOTE',
  'RandomOverSampler',
  'BorderlineSMOTE',
  'ADASYN',
  'KMeansSMOTE',
  'SMOTENC',
  'SMOTEN',
]);

// ADASYN's total rests on every r_i of the class; where an exact copy with another label makes
// imbalanced-learn's neighbour order arbitrary, adasyn.test.ts checks our r_i by rule instead.
function tieFree(run: Run): boolean {
  return Object.values(run.anchor_counts ?? {}).every((rec) => rec.certain !== false);
}

function exactCountRuns(runs: Run[]): Run[] {
  return runs.filter(
    (r) =>
      r.counts_after &&
      ((EXACT.has(r.method) && tieFree(r)) || (r.method === 'SVMSMOTE' && r.deterministic)),
  );
}

for (const fixture of loadDatasets()) {
  describe(`${fixture.name}: ${fixture.description}`, () => {
    const data = toDataset(fixture);

    it('reads the same class counts as numpy', () => {
      expect(Object.fromEntries(data.classNames.map((c, i) => [c, countOf(data.y, i)]))).toEqual(
        fixture.counts,
      );
    });

    for (const run of exactCountRuns(fixture.runs)) {
      it.skipIf(!isRegistered(run.method))(`${title(run)} gives imbalanced-learn's counts`, () => {
        const result = mustRun(run, data);
        expect(outputCounts(result)).toEqual(run.counts_after);
        expectResultInvariants(data, result);
      });
    }

    // Where imbalanced-learn's own count rests on its Beta(10, 10) draw (a class with no danger or
    // no safe support vectors), SVMSMOTE under-fills that class: more than before, fewer than asked.
    for (const run of fixture.runs.filter((r) => r.method === 'SVMSMOTE' && !r.deterministic)) {
      it.skipIf(!isRegistered(run.method))(`${title(run)} under-fills and says so`, () => {
        const result = mustRun(run, data);
        const counts = outputCounts(result);
        const asked = mustRun({ method: 'SMOTE', params: run.params }, data);
        const full = outputCounts(asked);
        for (const [label, before] of Object.entries(fixture.counts)) {
          if (full[label] === before) continue;
          expect(counts[label]).toBeGreaterThan(before);
          expect(counts[label]).toBeLessThan(full[label]);
        }
        expect(result.warnings.some((w) => w.includes('SVMSMOTE made'))).toBe(true);
        expectResultInvariants(data, result);
      });
    }

    for (const run of fixture.runs.filter((r) => r.error && EXACT.has(r.method))) {
      it.skipIf(!isRegistered(run.method))(`${title(run)} is an error value too`, () => {
        const out = runReference(run, data);
        expect(out.ok).toBe(false);
      });
    }
  });
}

function countOf(y: Int32Array, c: number): number {
  return y.filter((v) => v === c).length;
}
