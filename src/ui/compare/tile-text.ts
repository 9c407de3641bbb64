// A compared variant in words: the tile's accessible name ("SMOTE: 8 → 40 fraud") and its lines.
import type { ResampleSummary } from '../../worker/client';

/** The smallest class before resampling (the lowest code on a tie): the one the tile names first. */
export function minorityClass(before: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < before.length; c++) if (before[c] < before[best]) best = c;
  return best;
}

function change(summary: ResampleSummary, classNames: readonly string[], c: number): string {
  return `${summary.countsBefore[c]} → ${summary.countsAfter[c]} ${classNames[c]}`;
}

/** The minority's counts, then every other class whose count changed (a cleaner's removals). */
export function tileName(summary: ResampleSummary, classNames: readonly string[]): string {
  const minority = minorityClass(summary.countsBefore);
  const parts = [change(summary, classNames, minority)];
  for (let c = 0; c < classNames.length; c++) {
    if (c !== minority && summary.countsBefore[c] !== summary.countsAfter[c]) {
      parts.push(change(summary, classNames, c));
    }
  }
  return `${summary.method}: ${parts.join(', ')}`;
}

/** "made 32 synthetic · removed 4 rows", what the counts alone do not say. */
export function tileMadeText(summary: ResampleSummary): string {
  const made = summary.syntheticY.length;
  const removed = summary.removed.length;
  const parts = [`made ${made.toLocaleString('en-US')} synthetic`];
  if (removed > 0) {
    parts.push(`removed ${removed.toLocaleString('en-US')} ${removed === 1 ? 'row' : 'rows'}`);
  }
  return parts.join(' · ');
}
