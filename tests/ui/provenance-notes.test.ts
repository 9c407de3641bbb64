import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../src/core/data/dataset';
import type { SyntheticDetails } from '../../src/state/selectors';
import { provenanceNotes } from '../../src/ui/provenance-notes';
import { rowStory } from '../../src/ui/row-story';
import type { ResampleSummary } from '../../src/worker/client';

// Rows 0-2 are class a (the minority), rows 3-5 class b.
const data = datasetFromRows({
  rows: [
    [0, 0],
    [1, 0],
    [0, 1],
    [5, 5],
    [6, 5],
    [5, 6],
  ],
  labels: ['a', 'a', 'a', 'b', 'b', 'b'],
});

function details(over: Partial<SyntheticDetails>): SyntheticDetails {
  return {
    selection: { source: 'resample', index: 0 },
    classCode: 0,
    anchor: 0,
    neighbor: 1,
    gap: 0.5,
    values: Float64Array.of(0.5, 0),
    codes: new Int32Array(0),
    removed: false,
    ...over,
  };
}

function summary(over: Partial<ResampleSummary>): ResampleSummary {
  return {
    method: 'SMOTE',
    scaling: 'none',
    nInput: 6,
    syntheticX: new Float64Array(0),
    syntheticY: new Int32Array(0),
    syntheticCodes: [],
    provenance: {
      anchor: new Int32Array(0),
      neighbor: new Int32Array(0),
      gap: new Float64Array(0),
    },
    removed: new Int32Array(0),
    countsBefore: Int32Array.of(3, 3),
    countsAfter: Int32Array.of(3, 3),
    diagnostics: {},
    warnings: [],
    ...over,
  };
}

describe('provenance notes', () => {
  it('needs no note for a plain interpolation', () => {
    expect(provenanceNotes(details({}), data, 'SMOTE')).toEqual([]);
  });

  it('tells a copy from a smoothed copy from a mode, when there is no neighbour', () => {
    const copy = details({ neighbor: -1, gap: Number.NaN, values: Float64Array.of(0, 0) });
    expect(provenanceNotes(copy, data, 'RandomOverSampler')[0]).toMatch(/^Copy of row 0: /);
    const jittered = { ...copy, values: Float64Array.of(0.1, -0.2) };
    expect(provenanceNotes(jittered, data, 'RandomOverSampler')[0]).toMatch(
      /^Row 0 plus Gaussian noise/,
    );
    expect(provenanceNotes(copy, data, 'SMOTEN')[0]).toMatch(/^Mode of row 0's neighbourhood/);
  });

  it('says a negative λ puts the point beyond the anchor', () => {
    const out = details({ gap: -0.25, values: Float64Array.of(-0.25, 0) });
    expect(provenanceNotes(out, data, 'SVMSMOTE')).toEqual([
      'Extrapolated: λ = −0.25 is negative, so the point lies beyond anchor row 0, on the side away from neighbour row 1, outside their segment (SVMSMOTE pushes outward from a safe support vector).',
    ]);
  });

  it('names a neighbour of another class, and a removal by the cleaner', () => {
    const notes = provenanceNotes(
      details({ neighbor: 3, gap: 0.2, removed: true }),
      data,
      'SMOTEENN',
    );
    expect(notes[0]).toMatch(/^Neighbour row 3 is of class b, not a: borderline-2/);
    expect(notes[1]).toBe(
      "Removed afterwards by EditedNearestNeighbours (SMOTEENN's cleaning step): it is not in the output.",
    );
  });
});

describe('row story', () => {
  it('says nothing before a run', () => {
    expect(rowStory(0, null)).toEqual([]);
  });

  it('names the border set, the support vectors, the weight, the cluster and the removal', () => {
    const svm = summary({
      method: 'SVMSMOTE',
      diagnostics: {
        danger: Int32Array.of(0),
        noise: Int32Array.of(2),
        safe: new Int32Array(0),
        supportVectors: Int32Array.of(0, 2, 3),
      },
    });
    expect(rowStory(0, svm)).toEqual([
      'SVMSMOTE: in danger: interpolates; at least half, but not all, of its m_neighbors nearest rows are of another class.',
    ]);
    expect(rowStory(3, svm)).toEqual(['A support vector of the SVM: it lies on the border.']);
    expect(rowStory(1, svm)).toEqual(['Not a support vector, so SVMSMOTE does not use it.']);

    const adasyn = summary({
      method: 'ADASYN',
      diagnostics: {
        weights: Float64Array.of(0.75, 0.25, 0, 0, 0, 0),
        anchorCounts: Int32Array.of(3, 1, 0, 0, 0, 0),
      },
    });
    expect(rowStory(0, adasyn)).toEqual([
      'ADASYN weight 0.75: 3 of the new points come from this row.',
    ]);
    expect(rowStory(2, adasyn)).toEqual([]);

    const kmeans = summary({
      method: 'KMeansSMOTE',
      diagnostics: { clusterLabels: Int32Array.of(0, 0, 1, 1, 1, 1), clustersUsed: [0] },
    });
    expect(rowStory(1, kmeans)[0]).toBe('In k-means cluster 0, which KMeansSMOTE over-sampled.');
    expect(rowStory(4, kmeans)[0]).toMatch(/^In k-means cluster 1, which KMeansSMOTE skipped/);

    const tomek = summary({ method: 'TomekLinks', removed: Int32Array.of(3) });
    expect(rowStory(3, tomek)).toEqual(['Removed by TomekLinks: it is not in the output.']);
    expect(rowStory(4, tomek)).toEqual([]);
  });
});
