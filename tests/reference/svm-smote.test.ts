// SVMSMOTE against imbalanced-learn: the SVC(gamma='scale') support vectors of each sampled class,
// their noise / danger / safe split, danger anchors interpolating and safe ones extrapolating.
import { describe, expect, it } from 'vitest';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import { allowedNeighbour, isRegistered, mustRun, numericFixtureRuns, title } from './fixtures';

const registered = isRegistered('SVMSMOTE');

for (const { fixture, data, runs } of numericFixtureRuns('SVMSMOTE')) {
  describe(fixture.name, () => {
    for (const run of runs) {
      it.skipIf(!registered)(
        `${title(run)}: support vectors and their split as imbalanced-learn`,
        () => {
          const result = mustRun(run, data);
          const { diagnostics } = result;
          const ambiguous = new Set(run.ambiguous ?? []);
          const clear = (rows: Iterable<number>) =>
            Array.from(rows)
              .filter((i) => !ambiguous.has(i))
              .sort((a, b) => a - b);
          const sampled = Object.entries(run.svm!);
          for (const [label, record] of sampled) {
            const c = data.classNames.indexOf(label);
            const ours = Array.from(diagnostics.supportVectors ?? []).filter(
              (i) => data.y[i] === c,
            );
            expect(ours).toEqual(record.support);
          }
          const all = (pick: 'danger' | 'safe' | 'noise') => sampled.flatMap(([, r]) => r[pick]);
          expect(clear(diagnostics.danger ?? [])).toEqual(clear(all('danger')));
          expect(clear(diagnostics.safe ?? [])).toEqual(clear(all('safe')));
          expect(clear(diagnostics.noise ?? [])).toEqual(clear(all('noise')));

          const danger = new Set(diagnostics.danger);
          const safe = new Set(diagnostics.safe);
          const outStep = (run.params.out_step as number | undefined) ?? 0.5;
          const { anchor, neighbor, gap } = result.provenance;
          let wrong = 0;
          let extrapolated = 0;
          for (let s = 0; s < anchor.length; s++) {
            const record = fixture.knn_within_class![data.classNames[data.y[anchor[s]]]];
            if (!allowedNeighbour(record, data, anchor[s], neighbor[s])) wrong++;
            if (danger.has(anchor[s])) {
              if (!(gap[s] >= 0 && gap[s] < 1)) wrong++;
            } else if (safe.has(anchor[s])) {
              extrapolated++;
              if (!(gap[s] <= 0 && gap[s] > -outStep)) wrong++;
            } else wrong++;
          }
          expect(wrong).toBe(0);
          if (safe.size > 0 && anchor.length > 0) expect(extrapolated).toBeGreaterThan(0);
          expectResultInvariants(data, result);
        },
      );
    }
  });
}
