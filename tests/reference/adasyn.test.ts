// ADASYN against imbalanced-learn: the per-anchor counts g_i = rint(r̂_i · n), recomputed in the
// fixture from scikit-learn's neighbours, the weights r̂, and generation in anchor order toward
// same-class neighbours. Where exact copies with another label make imbalanced-learn's neighbour
// order arbitrary, the counts are checked against the rule on our own neighbours instead.
import { describe, expect, it } from 'vitest';
import { overSamplingTargets, type SamplingStrategy } from '../../src/core/sampling/strategy';
import { nearestOthers } from '../core/sampling/cleaning/oracle';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import { allowedNeighbour, isRegistered, mustRun, numericFixtureRuns, title } from './fixtures';

const registered = isRegistered('ADASYN');

for (const { fixture, data, runs } of numericFixtureRuns('ADASYN')) {
  describe(fixture.name, () => {
    for (const run of runs) {
      it.skipIf(!registered)(`${title(run)}: per-anchor counts and weights`, () => {
        const result = mustRun(run, data);
        const { anchorCounts, weights } = result.diagnostics;
        const targets = overSamplingTargets(data, run.params.sampling_strategy as SamplingStrategy);
        if (!targets.ok) throw new Error(targets.error.message);
        for (const [label, record] of Object.entries(run.anchor_counts!)) {
          const c = data.classNames.indexOf(label);
          const ours = record.rows.map((i) => anchorCounts![i]);
          if (record.certain) {
            expect(ours).toEqual(record.g);
            record.rows.forEach((i, r) => {
              expect(weights![i]).toBeCloseTo(record.weights![r], 12);
            });
            continue;
          }
          // The rule on our own neighbours: r_i from the 5 nearest other rows, g_i within ½ of r̂_i·n.
          const ratio = record.rows.map(
            (i) => nearestOthers(data, i, 5).filter((j) => data.y[j] !== c).length / 5,
          );
          const total = ratio.reduce((a, b) => a + b, 0);
          record.rows.forEach((_, r) => {
            const share = (ratio[r] / total) * targets.value[c];
            expect(Math.abs(ours[r] - share)).toBeLessThanOrEqual(0.5 + 1e-9);
          });
        }
        // Rows come in anchor order, each anchor repeated g_i times, toward a same-class neighbour.
        const { anchor, neighbor, gap } = result.provenance;
        for (let s = 1; s < anchor.length; s++) {
          const sameClass = data.y[anchor[s]] === data.y[anchor[s - 1]];
          if (sameClass) expect(anchor[s]).toBeGreaterThanOrEqual(anchor[s - 1]);
        }
        let wrong = 0;
        const made = new Int32Array(data.n);
        for (let s = 0; s < anchor.length; s++) {
          made[anchor[s]]++;
          const record = fixture.knn_within_class![data.classNames[data.y[anchor[s]]]];
          if (!allowedNeighbour(record, data, anchor[s], neighbor[s])) wrong++;
          if (!(gap[s] >= 0 && gap[s] < 1)) wrong++;
        }
        expect(wrong).toBe(0);
        expect(Array.from(made)).toEqual(Array.from(anchorCounts!));
        expectResultInvariants(data, result);
      });
    }
  });
}
