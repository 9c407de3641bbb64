// SMOTENC and SMOTEN on imbalanced-learn's categorical fixtures: counts are in counts.test.ts (0.10's
// SMOTENC distances differ from 0.14, so only counts are compared); here, every voted category of a
// synthetic row is one its class actually has, since the vote is among same-class rows.
import { describe, expect, it } from 'vitest';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import { isRegistered, loadDataset, mustRun, title, toDataset } from './fixtures';

for (const name of ['mixed', 'categorical']) {
  const fixture = loadDataset(name);
  const data = toDataset(fixture);

  describe(name, () => {
    it('reads the categorical columns as categorical', () => {
      expect(data.categorical.length).toBe(name === 'mixed' ? 2 : 3);
      expect(data.d).toBe(name === 'mixed' ? 2 : 0);
    });

    for (const run of fixture.runs.filter((r) => r.counts_after)) {
      it.skipIf(!isRegistered(run.method))(
        `${title(run)}: voted categories exist in the class`,
        () => {
          const result = mustRun(run, data);
          expectResultInvariants(data, result);
          const synthetic = result.pool.n - result.nInput;
          expect(synthetic).toBeGreaterThan(0);
          let foreign = 0;
          result.pool.categorical.forEach((col, f) => {
            const seen = new Set<string>();
            for (let i = 0; i < data.n; i++)
              seen.add(`${data.y[i]}:${data.categorical[f].codes[i]}`);
            for (let i = result.nInput; i < result.pool.n; i++) {
              if (!seen.has(`${result.pool.y[i]}:${col.codes[i]}`)) foreign++;
            }
          });
          expect(foreign).toBe(0);
        },
      );
    }
  });
}
