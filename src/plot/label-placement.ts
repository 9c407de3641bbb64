// Where a mark's label goes: past the mark, away from the point it is joined to, so labels fan out
// from the anchor instead of sitting on its segments; kept inside the plot area.
import type { PlotArea } from './scales';

export interface LabelSpot {
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
}

/** Rough width of a 12 px bold label: enough to keep it inside the plot. */
function textWidth(text: string): number {
  return text.length * 7;
}

/**
 * A label `gap` pixels beyond `at`, in the direction from `away` to `at`. A label that would run
 * past the plot's left or right edge goes on the other side of its mark instead.
 */
export function labelBeyond(
  at: [number, number],
  away: [number, number],
  gap: number,
  area: PlotArea,
  text = '',
): LabelSpot {
  let dx = at[0] - away[0];
  let dy = at[1] - away[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) [dx, dy] = [0.7, -0.7];
  else [dx, dy] = [dx / length, dy / length];
  let textAnchor: LabelSpot['textAnchor'] = dx > 0.35 ? 'start' : dx < -0.35 ? 'end' : 'middle';
  // Text hangs from its baseline, so a label below the point needs one line height more.
  let x = at[0] + dx * gap;
  const y = at[1] + dy * gap + (dy > 0.35 ? 10 : dy < -0.35 ? 0 : 4);
  const room = Math.max(60, textWidth(text));
  const right = area.left + area.width;
  if (textAnchor === 'start' && x + room > right) [textAnchor, x] = ['end', at[0] - gap];
  else if (textAnchor === 'end' && x - room < area.left) [textAnchor, x] = ['start', at[0] + gap];
  const half = textAnchor === 'middle' ? room / 2 : 4;
  return {
    x: Math.min(
      right - (textAnchor === 'start' ? room : half),
      Math.max(area.left + (textAnchor === 'end' ? room : half), x),
    ),
    y: Math.min(area.top + area.height - 4, Math.max(area.top + 14, y)),
    textAnchor,
  };
}

export interface PlacedLabel extends LabelSpot {
  text: string;
}

/** Rough box of a 12 px bold label, enough to tell whether two labels collide. */
function labelBox(label: PlacedLabel): [number, number, number, number] {
  const width = textWidth(label.text);
  const left =
    label.textAnchor === 'start'
      ? label.x
      : label.textAnchor === 'end'
        ? label.x - width
        : label.x - width / 2;
  return [left, label.y - 12, left + width, label.y + 3];
}

/**
 * Keeps labels in order of importance and drops any that would overlap one already kept, so a
 * dense cluster shows a few readable labels instead of a smudge (the inspector lists them all).
 */
export function withoutOverlaps<T extends PlacedLabel>(labels: readonly T[]): T[] {
  const kept: T[] = [];
  const boxes: [number, number, number, number][] = [];
  for (const label of labels) {
    const [l, t, r, b] = labelBox(label);
    if (boxes.some(([l2, t2, r2, b2]) => l < r2 && l2 < r && t < b2 && t2 < b)) continue;
    kept.push(label);
    boxes.push([l, t, r, b]);
  }
  return kept;
}
