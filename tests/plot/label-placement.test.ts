import { describe, expect, it } from 'vitest';
import { labelBeyond, withoutOverlaps } from '../../src/plot/label-placement';

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

  it('puts a long label on the other side of its mark rather than past the edge', () => {
    const near = labelBeyond([380, 150], [300, 150], 10, area, 'anchor, row 12');
    expect(near).toEqual({ x: 370, y: 154, textAnchor: 'end' });
    const left = labelBeyond([20, 150], [100, 150], 10, area, 'anchor, row 12');
    expect(left).toEqual({ x: 30, y: 154, textAnchor: 'start' });
    // With room to spare, the label stays where it points.
    expect(labelBeyond([200, 150], [100, 150], 10, area, 'anchor, row 12').textAnchor).toBe(
      'start',
    );
  });

  it('keeps the label inside the plot area', () => {
    const spot = labelBeyond([395, 295], [300, 200], 10, area);
    // Pointing off the corner, the label turns back and ends before the right edge.
    expect(spot.textAnchor).toBe('end');
    expect(spot.x).toBeLessThanOrEqual(396);
    expect(spot.x - 60).toBeGreaterThanOrEqual(0);
    expect(spot.y).toBeLessThanOrEqual(296);
  });
});

describe('withoutOverlaps', () => {
  it('keeps labels in order and drops those that would overlap one already kept', () => {
    const labels = [
      { x: 100, y: 100, textAnchor: 'start' as const, text: 'anchor, row 0' },
      { x: 120, y: 105, textAnchor: 'start' as const, text: 'row 1' },
      { x: 100, y: 130, textAnchor: 'start' as const, text: 'row 2' },
      { x: 95, y: 100, textAnchor: 'end' as const, text: 'row 3' },
    ];
    expect(withoutOverlaps(labels).map((l) => l.text)).toEqual(['anchor, row 0', 'row 2', 'row 3']);
  });
});
