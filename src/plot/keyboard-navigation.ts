// Arrow keys move through points the way they look on screen: to the nearest point in the
// arrow's direction, favouring points straight ahead over points off to the side.

export type Direction = 'left' | 'right' | 'up' | 'down';

const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function arrowDirection(key: string): Direction | null {
  return KEYS[key] ?? null;
}

/**
 * Screen positions (y grows downward). Returns the position in `xs`/`ys` to move to from `from`,
 * or null when nothing lies that way.
 */
export function stepInDirection(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  direction: Direction,
): number | null {
  const fx = xs[from];
  const fy = ys[from];
  let best: number | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (i === from) continue;
    const dx = xs[i] - fx;
    const dy = ys[i] - fy;
    const ahead =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Points at the very same spot are reached in index order, left/up before right/down.
    const forward = direction === 'right' || direction === 'down';
    const tie = ahead === 0 && aside === 0 && (forward ? i > from : i < from);
    if (ahead <= 0 && !tie) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Where the keyboard starts: the leftmost point, the top one among equals. */
export function firstInReadingOrder(xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  let best: number | null = null;
  for (let i = 0; i < xs.length; i++) {
    if (best === null || xs[i] < xs[best] || (xs[i] === xs[best] && ys[i] < ys[best])) best = i;
  }
  return best;
}
