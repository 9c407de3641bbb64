import { describe, expect, it } from 'vitest';
import {
  arrowDirection,
  firstInReadingOrder,
  stepInDirection,
} from '../../src/plot/keyboard-navigation';

// Screen positions: y grows downward.
const xs = [100, 200, 300, 200, 110, 100];
const ys = [100, 100, 100, 300, 100, 100];

describe('keyboard navigation', () => {
  it('steps to the nearest point in the arrow direction, preferring points straight ahead', () => {
    expect(stepInDirection(xs, ys, 1, 'right')).toBe(2);
    expect(stepInDirection(xs, ys, 1, 'left')).toBe(4);
    expect(stepInDirection(xs, ys, 1, 'down')).toBe(3);
    expect(stepInDirection(xs, ys, 3, 'up')).toBe(1);
    expect(stepInDirection(xs, ys, 2, 'right')).toBeNull();
  });

  it('walks through points at the same spot in index order and back', () => {
    expect(stepInDirection(xs, ys, 0, 'right')).toBe(5);
    expect(stepInDirection(xs, ys, 5, 'left')).toBe(0);
  });

  it('starts at the leftmost point, the top one among equals', () => {
    expect(firstInReadingOrder(xs, ys)).toBe(0);
    expect(firstInReadingOrder([5, 5], [9, 3])).toBe(1);
    expect(firstInReadingOrder([], [])).toBeNull();
  });

  it('maps only the arrow keys', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Enter')).toBeNull();
  });
});
