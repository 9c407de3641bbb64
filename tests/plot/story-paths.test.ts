import { describe, expect, it } from 'vitest';
import { clusterHulls } from '../../src/plot/cluster-hulls';
import { baseScales, plotArea } from '../../src/plot/scales';
import {
  circlesPath,
  countMarkers,
  markerPath,
  screenPoints,
  segmentsPath,
} from '../../src/plot/story-paths';

const area = plotArea(400, 300);
// Data 0..10 on both axes; the scales are linear, so positions are easy to check by hand.
const scales = baseScales([0, 10], [0, 10], area);
const columns = { xs: Float64Array.of(0, 5, 10, 50), ys: Float64Array.of(0, 5, 10, 5) };

describe('story paths', () => {
  it('places rows on screen and leaves out those outside the plot area', () => {
    const on = screenPoints([0, 1, 3], columns, scales, area);
    expect([...on.rows]).toEqual([0, 1]);
    expect([...on.xy]).toEqual([scales.x(0), scales.y(0), scales.x(5), scales.y(5)]);
  });

  it('draws one marker per position, of the asked shape', () => {
    const xy = Float64Array.of(10, 20, 30, 40);
    const ring = markerPath(xy, 'ring', 4);
    expect(ring).toBe('M14,20a4,4 0 1,0 -8,0a4,4 0 1,0 8,0M34,40a4,4 0 1,0 -8,0a4,4 0 1,0 8,0');
    expect(markerPath(xy.subarray(0, 2), 'square', 2)).toBe('M8,18h4v4h-4z');
    expect(markerPath(xy.subarray(0, 2), 'cross', 2)).toBe('M8,18l4,4M12,18l-4,4');
    expect(countMarkers(ring)).toBe(2);
    expect(countMarkers(markerPath(xy, 'cross', 3), 'cross')).toBe(2);
    expect(markerPath(new Float64Array(0), 'diamond', 3)).toBe('');
  });

  it('sizes circles one by one and skips a zero radius', () => {
    const d = circlesPath(Float64Array.of(0, 0, 10, 10), [0, 3]);
    expect(countMarkers(d)).toBe(1);
    expect(d.startsWith('M13,10a3,3')).toBe(true);
  });

  it('joins segment ends', () => {
    expect(segmentsPath(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8))).toBe('M1,2L3,4M5,6L7,8');
  });
});

describe('cluster hulls', () => {
  it('outlines each cluster by its convex hull, a small cluster by its points', () => {
    const xs = Float64Array.of(0, 4, 0, 4, 2, 10, 20);
    const ys = Float64Array.of(0, 0, 4, 4, 2, 10, 20);
    const labels = Int32Array.of(1, 1, 1, 1, 1, 0, 0);
    const hulls = clusterHulls(labels, { xs, ys });
    expect(hulls.map((h) => [h.cluster, h.size])).toEqual([
      [0, 2],
      [1, 5],
    ]);
    const square = hulls[1].corners.map(([x, y]) => `${x},${y}`).sort();
    // The inner point (2, 2) is not a corner.
    expect(square).toEqual(['0,0', '0,4', '4,0', '4,4']);
    expect(hulls[1].centre).toEqual([2, 2]);
    expect(hulls[0].corners).toEqual([
      [10, 10],
      [20, 20],
    ]);
  });
});
