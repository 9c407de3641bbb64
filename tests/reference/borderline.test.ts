// BorderlineSMOTE against imbalanced-learn: the danger and noise sets its own _in_danger_noise finds,
// borderline-1 anchors and same-class neighbours, and borderline-2 per the 0.14 spec (Debian's 0.10
// still has the old borderline-2): neighbours from all rows, at most halfway toward another class.
import { describe, expect, it } from 'vitest';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import {
  allowedNeighbour,
  isRegistered,
  mustRun,
  numericFixtureRuns,
  type Run,
  title,
} from './fixtures';

/** The recorded rows of the sampled classes, without the rows whose verdict rests on tie order. */
function recorded(sets: Record<string, number[]>, ambiguous: number[]): number[] {
  return Object.values(sets)
    .flat()
    .filter((i) => !ambiguous.includes(i))
    .sort((a, b) => a - b);
}

function withoutAmbiguous(rows: Int32Array | undefined, ambiguous: number[]): number[] {
  return Array.from(rows ?? []).filter((i) => !ambiguous.includes(i));
}

const registered = isRegistered('BorderlineSMOTE');

for (const { fixture, data, runs } of numericFixtureRuns('BorderlineSMOTE')) {
  describe(fixture.name, () => {
    const kind = (r: Run) => r.params.kind;

    for (const run of runs.filter((r) => kind(r) === 'borderline-1')) {
      it.skipIf(!registered)(
        `${title(run)}: danger and noise as imbalanced-learn, anchors in danger`,
        () => {
          const result = mustRun(run, data);
          const ambiguous = run.ambiguous ?? [];
          const danger = recorded(run.danger!, ambiguous);
          expect(withoutAmbiguous(result.diagnostics.danger, ambiguous)).toEqual(danger);
          expect(withoutAmbiguous(result.diagnostics.noise, ambiguous)).toEqual(
            recorded(run.noise!, ambiguous),
          );
          const ourDanger = new Set(result.diagnostics.danger);
          const { anchor, neighbor, gap } = result.provenance;
          let wrong = 0;
          for (let s = 0; s < anchor.length; s++) {
            const record = fixture.knn_within_class![data.classNames[data.y[anchor[s]]]];
            if (!ourDanger.has(anchor[s])) wrong++;
            if (!allowedNeighbour(record, data, anchor[s], neighbor[s])) wrong++;
            if (!(gap[s] >= 0 && gap[s] < 1)) wrong++;
          }
          expect(wrong).toBe(0);
          expectResultInvariants(data, result);
          // A sampled class with no danger rows is skipped; our result says so.
          for (const [label, rows] of Object.entries(run.danger!)) {
            if (rows.length > 0) continue;
            expect(result.warnings.some((w) => w.includes(`class ${label}`))).toBe(true);
          }
        },
      );
    }

    for (const run of runs.filter((r) => kind(r) === 'borderline-2')) {
      it.skipIf(!registered)(
        `${title(run)}: neighbours of any class, at most halfway to another`,
        () => {
          const result = mustRun(run, data);
          const { anchor, neighbor, gap } = result.provenance;
          let wrong = 0;
          let towardOther = 0;
          for (let s = 0; s < anchor.length; s++) {
            if (!allowedNeighbour(fixture.knn_all!, data, anchor[s], neighbor[s])) wrong++;
            if (data.y[neighbor[s]] !== data.y[anchor[s]]) {
              towardOther++;
              if (!(gap[s] >= 0 && gap[s] < 0.5)) wrong++;
            } else if (!(gap[s] >= 0 && gap[s] < 1)) wrong++;
          }
          expect(wrong).toBe(0);
          if (anchor.length > 0) expect(towardOther).toBeGreaterThan(0);
          expectResultInvariants(data, result);
        },
      );
    }
  });
}
