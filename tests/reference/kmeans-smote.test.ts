// KMeansSMOTE against imbalanced-learn on four far-apart blobs, where any sound k-means finds the
// same partition: the clusters (up to their numbering), the per-cluster ceil counts (in
// counts.test.ts) and generation inside a cluster toward same-class rows of that cluster.
import { describe, expect, it } from 'vitest';
import { overSamplingTargets, type SamplingStrategy } from '../../src/core/sampling/strategy';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import { isRegistered, loadDataset, mustRun, title, toDataset } from './fixtures';

const fixture = loadDataset('clusters-2d');
const data = toDataset(fixture);
const runs = fixture.runs.filter((r) => r.method === 'KMeansSMOTE' && r.counts_after);

describe('KMeansSMOTE on clusters-2d', () => {
  it('has runs in the fixture', () => {
    expect(runs.length).toBeGreaterThan(0);
  });

  for (const run of runs) {
    it.skipIf(!isRegistered('KMeansSMOTE'))(
      `${title(run)}: same partition, same-cluster pairs`,
      () => {
        const result = mustRun(run, data);
        const ours = result.diagnostics.clusterLabels!;
        const theirs = run.cluster_labels!;
        // a one-to-one renaming of cluster ids maps our partition onto imbalanced-learn's
        const rename = new Map<number, number>();
        const taken = new Map<number, number>();
        let conflicts = 0;
        theirs.forEach((t, i) => {
          const o = ours[i];
          if ((rename.get(o) ?? t) !== t || (taken.get(t) ?? o) !== o) conflicts++;
          rename.set(o, t);
          taken.set(t, o);
        });
        expect(conflicts).toBe(0);
        expect(rename.size).toBe(new Set(theirs).size);

        const { anchor, neighbor, gap } = result.provenance;
        let wrong = 0;
        for (let s = 0; s < anchor.length; s++) {
          if (ours[anchor[s]] !== ours[neighbor[s]]) wrong++;
          if (data.y[anchor[s]] !== data.y[neighbor[s]]) wrong++;
          if (!(gap[s] >= 0 && gap[s] < 1)) wrong++;
        }
        expect(wrong).toBe(0);
        const used = new Set(Array.from(anchor, (a) => ours[a]));
        expect([...used].sort()).toEqual(result.diagnostics.clustersUsed);
        // where the per-cluster ceil overshoots the asked count, the result says so
        const targets = overSamplingTargets(data, run.params.sampling_strategy as SamplingStrategy);
        if (!targets.ok) throw new Error(targets.error.message);
        const asked = fixture.counts['1'] + targets.value[1];
        expect(run.counts_after!['1']).toBeGreaterThan(asked);
        const made = result.pool.n - result.nInput;
        const says = (w: string) => w.includes(`${made}`) && w.includes(`${targets.value[1]}`);
        expect(result.warnings.some(says)).toBe(true);
        expectResultInvariants(data, result);
      },
    );
  }
});
