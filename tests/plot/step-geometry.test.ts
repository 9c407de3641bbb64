import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { along, dataCircleOnScreen } from '../../src/plot/step-geometry';

describe('the stepper ring', () => {
  it('is a circle when both axes have the same scale and an ellipse when they do not', () => {
    const same = { x: scaleLinear([0, 100], [0, 500]), y: scaleLinear([0, 100], [500, 0]) };
    expect(dataCircleOnScreen(same, 50, 50, 10)).toEqual({ cx: 250, cy: 250, rx: 50, ry: 50 });
    // The fraud data: amounts span 400 over 728 px, times 700 over 658 px.
    const fraud = { x: scaleLinear([0, 400], [70, 798]), y: scaleLinear([0, 700], [672, 14]) };
    const ring = dataCircleOnScreen(fraud, 120, 280, 92.2);
    expect(ring.rx).toBeCloseTo((92.2 * 728) / 400, 9);
    expect(ring.ry).toBeCloseTo((92.2 * 658) / 700, 9);
    expect(ring.rx / ring.ry).toBeCloseTo(728 / 400 / (658 / 700), 9);
  });

  it('places λ along the segment, and a negative λ beyond the anchor', () => {
    expect(along([0, 0], [10, 20], 0.4)).toEqual([4, 8]);
    expect(along([0, 0], [10, 20], -0.5)).toEqual([-5, -10]);
  });
});
