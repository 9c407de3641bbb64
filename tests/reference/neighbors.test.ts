// The neighbour sets imbalanced-learn uses (scikit-learn's (k+1)-NN, column 0 dropped), against our
// exact search, and SMOTE's synthetic rows against them. Where exact copies tie, imbalanced-learn may
// keep a row as its own neighbour; we never do, so tied entries are compared by distance only.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/data/dataset';
import {
  allRows,
  buildNeighborIndex,
  findNeighbors,
} from '../../src/core/neighbors/find-neighbors';
import { expectResultInvariants } from '../core/sampling/result-invariants';
import {
  allowedNeighbour,
  loadDatasets,
  mustRun,
  type NeighbourRecord,
  title,
  toDataset,
} from './fixtures';

/** Checks our table for the record's rows against it: every distance, and every tie-free index. */
function expectSameNeighbours(data: Dataset, candidates: Int32Array, record: NeighbourRecord) {
  const { k } = record;
  const rows = Int32Array.from(record.rows);
  const ours = findNeighbors(
    buildNeighborIndex(data.X, data.d, candidates),
    data.X,
    data.d,
    rows,
    k,
  );
  let compared = 0;
  record.rows.forEach((_, r) => {
    for (let j = 0; j < k; j++) {
      expect(ours.distances[r * k + j]).toBeCloseTo(record.distances[r][j], 12);
      if (record.certain[r][j]) {
        expect(ours.indices[r * k + j]).toBe(record.indices[r][j]);
        compared++;
      }
    }
  });
  return compared;
}

for (const fixture of loadDatasets().filter((f) => f.knn_all)) {
  describe(fixture.name, () => {
    const data = toDataset(fixture);

    it('finds the within-class neighbours scikit-learn finds', () => {
      let compared = 0;
      for (const [label, record] of Object.entries(fixture.knn_within_class!)) {
        const c = data.classNames.indexOf(label);
        const rows = Int32Array.from(record.rows);
        expect(Array.from(rows).every((i) => data.y[i] === c)).toBe(true);
        compared += expectSameNeighbours(data, rows, record);
      }
      // most entries are tie-free even with exact copies, so the index check is not vacuous
      expect(compared).toBeGreaterThan((data.n * 5) / 2);
    });

    it('finds the neighbours among all rows that scikit-learn finds', () => {
      const compared = expectSameNeighbours(data, allRows(data.n), fixture.knn_all!);
      expect(compared).toBeGreaterThan((data.n * 5) / 2);
    });

    const grows = (counts?: Record<string, number>) =>
      counts !== undefined && Object.entries(counts).some(([c, n]) => n > fixture.counts[c]);
    const smoteRuns = fixture.runs.filter((r) => r.method === 'SMOTE' && grows(r.counts_after));
    for (const run of smoteRuns) {
      it(`${title(run)}: every synthetic row lies between its anchor and one of its k nearest`, () => {
        const k = (run.params.k_neighbors as number | undefined) ?? 5;
        const result = mustRun(run, data);
        expectResultInvariants(data, result);
        const { anchor, neighbor, gap } = result.provenance;
        let outside = 0;
        for (let s = 0; s < anchor.length; s++) {
          const record = fixture.knn_within_class![data.classNames[data.y[anchor[s]]]];
          const kNearest = { ...record, k, indices: record.indices.map((row) => row.slice(0, k)) };
          if (!allowedNeighbour(kNearest, data, anchor[s], neighbor[s])) outside++;
          if (!(gap[s] >= 0 && gap[s] < 1)) outside++;
        }
        expect(anchor.length).toBeGreaterThan(0);
        expect(outside).toBe(0);
      });
    }
  });
}
