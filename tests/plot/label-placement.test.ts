import { describe, expect, it } from 'vitest';
import { labelBeyond } from '../../src/plot/label-placement';

const area = { left: 0, top: 0, width: 400, height: 300 };

describe('labelBeyond', () => {
  it('puts the label past the mark, away from the point it is joined to', () => {
    expect(labelBeyond([200, 150], [100, 150], 10, area)).toEqual({
      x: 210,
      y: 154,
      textAnchor: 'start',
    });
    expect(labelBeyond([100, 150], [200, 150], 10, area).textAnchor).toBe('end');
    expect(labelBeyond([200, 150], [200, 100], 10, area)).toEqual({
      x: 200,
      y: 170,
      textAnchor: 'middle',
    });
  });

  it('keeps the label inside the plot area', () => {
    const spot = labelBeyond([395, 295], [300, 200], 10, area);
    expect(spot.x).toBeLessThanOrEqual(340);
    expect(spot.y).toBeLessThanOrEqual(296);
  });
});
