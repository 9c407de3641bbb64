import { describe, expect, it } from 'vitest';
import { resultToJson } from '../../src/io/export-json';
import { fixtureResult } from './result-fixture';

describe('resultToJson', () => {
  const { result } = fixtureResult();
  const doc = JSON.parse(resultToJson(result));

  it('has exactly the documented keys, in order', () => {
    expect(Object.keys(doc)).toEqual([
      'counts_before',
      'counts_after',
      'samples',
      'removed',
      'diagnostics',
      'warnings',
    ]);
  });

  it('counts labels as written, before over the input and after over the output rows', () => {
    expect(doc.counts_before).toEqual({ 0: 2, '1.0': 2 });
    expect(doc.counts_after).toEqual({ 0: 1, '1.0': 3 });
  });

  it('lists output rows in order with input row, label, values in column order and provenance', () => {
    expect(doc.samples).toEqual([
      { row: 0, label: '0', values: [1, 'red', 10], anchor: null, neighbor: null, gap: null },
      { row: 2, label: '1.0', values: [0.1, 'red', -3], anchor: null, neighbor: null, gap: null },
      {
        row: 3,
        label: '1.0',
        values: [4, '=SUM(A1)', 40],
        anchor: null,
        neighbor: null,
        gap: null,
      },
      { row: null, label: '1.0', values: [1.075, 'red', 7.75], anchor: 2, neighbor: 3, gap: 0.25 },
    ]);
  });

  it('lists removed rows in the same shape, synthetic ones included', () => {
    expect(doc.removed).toEqual([
      { row: 1, label: '0', values: [2, 'blue', 20], anchor: null, neighbor: null, gap: null },
      {
        row: null,
        label: '1.0',
        values: [4, '=SUM(A1)', 40],
        anchor: 3,
        neighbor: null,
        gap: null,
      },
    ]);
  });

  it('turns typed-array diagnostics into plain arrays under snake_case names', () => {
    const { result: withMore } = fixtureResult();
    withMore.diagnostics.anchorCounts = Int32Array.of(0, 0, 1, 1);
    withMore.diagnostics.clustersUsed = [3, 1];
    const more = JSON.parse(resultToJson(withMore));
    expect(doc.diagnostics).toEqual({ danger: [2], weights: [0.5, 0.25] });
    expect(more.diagnostics).toEqual({
      danger: [2],
      weights: [0.5, 0.25],
      anchor_counts: [0, 0, 1, 1],
      clusters_used: [3, 1],
    });
  });

  it('carries the warnings and writes an empty removal list as []', () => {
    expect(doc.warnings).toEqual(['a warning']);
    const none = JSON.parse(resultToJson({ ...result, removed: new Int32Array(0) }));
    expect(none.removed).toEqual([]);
  });

  it('puts one sample per line', () => {
    const lines = resultToJson(result).split('\n');
    expect(lines.filter((l) => l.startsWith('    {"row":'))).toHaveLength(6);
  });
});
