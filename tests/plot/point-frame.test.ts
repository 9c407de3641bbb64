import { describe, expect, it } from 'vitest';
import { PointFrame } from '../../src/plot/point-frame';
import type { Sprite } from '../../src/plot/point-sprites';

/** A 3-pixel sprite with alpha 0.5, 1 and 0.2 in one colour, and one white pixel at alpha 0.4. */
function sprite(): Sprite {
  const alpha = [0.5, 1, 0.2, 0.4];
  const colour = [
    [0.8, 0.4, 0],
    [0.8, 0.4, 0],
    [0.8, 0.4, 0],
    [1, 1, 1],
  ];
  return {
    dx: Int16Array.of(-1, 0, 1, 0),
    dy: Int16Array.of(0, 0, 0, 1),
    r: Float32Array.from(alpha, (a, i) => colour[i][0] * a),
    g: Float32Array.from(alpha, (a, i) => colour[i][1] * a),
    b: Float32Array.from(alpha, (a, i) => colour[i][2] * a),
    a: Float32Array.from(alpha),
    logT: Float32Array.from(alpha, (a) => (a >= 1 ? -Infinity : Math.log(1 - a))),
    reach: 1,
  };
}

describe('PointFrame.stamp', () => {
  it('stamping n copies at once equals stamping one at a time, over what is there', () => {
    const one = new PointFrame(6, 4);
    const many = new PointFrame(6, 4);
    const s = sprite();
    for (const frame of [one, many]) frame.stamp(s, 2, 1);
    for (let i = 0; i < 5; i++) one.stamp(s, 3, 1);
    many.stamp(s, 3, 1, 5);
    for (let p = 0; p < one.data.length; p++) expect(many.data[p]).toBeCloseTo(one.data[p], 5);
    // Pixel (2, 1) is under the opaque centre of one stamp and the left edge of five.
    const d = (1 * 6 + 2) * 4;
    expect(many.data[d + 3]).toBeCloseTo(1, 6);
  });

  it('clips sprites at the frame edge instead of wrapping to the next row', () => {
    const frame = new PointFrame(3, 2);
    frame.stamp(sprite(), 0, 0);
    // The pixel left of (0, 0) would wrap to (2, -1); nothing may land on row 0's right end.
    expect(frame.data[(0 * 3 + 2) * 4 + 3]).toBe(0);
    expect(frame.data[(0 * 3 + 0) * 4 + 3]).toBeCloseTo(1, 6);
    expect(frame.data[(0 * 3 + 1) * 4 + 3]).toBeCloseTo(0.2, 6);
    expect(frame.data[(1 * 3 + 0) * 4 + 3]).toBeCloseTo(0.4, 6);
  });
});
