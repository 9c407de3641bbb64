// The inspector's sentences about scaling and the 2-D view, from the state's structured answers.
import type { MisplacedNeighbor, MisplacedReason, ScalingChange } from '../state/neighbor-views';
import { SCALING_WORDS as WORDS } from './scaling-words';
import { ordinal } from './stepper/step-text';

/** "rows 7 and 12", "row 3", "rows 1, 4 and 9". */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
}

export function scalingChangeText(change: ScalingChange): string {
  const what = `With ${WORDS[change.to]} features`;
  const nearest = `the ${change.k} nearest`;
  if (change.added.length === 0) {
    return `${what}, ${nearest} are the same rows as with ${WORDS[change.from]} features.`;
  }
  const added = change.added.length === 1 ? 'is' : 'are';
  const dropped = change.dropped.length === 1 ? 'is' : 'are';
  return `${what}, ${rowList(change.added)} ${added} now among ${nearest}; ${rowList(change.dropped)} ${dropped} not (with ${WORDS[change.from]} features they were).`;
}

function reasonText(reason: MisplacedReason, near: number): string {
  if (reason.kind === 'hidden') {
    return `row ${near} is farther away in ${reason.feature}, which is not on the axes`;
  }
  if (reason.kind === 'stretch') {
    return `the plot stretches each axis to its own range, while the search measures ${WORDS[reason.scaling]} differences`;
  }
  const kept = `${(reason.kept * 100).toFixed(0)}%`;
  const searched =
    reason.scaling === 'standardise'
      ? ''
      : `, and the neighbours were found on ${WORDS[reason.scaling]} features, not the standardised ones PCA shows`;
  return `PC1 and PC2 keep ${kept} of the standardised features' variance and hide the rest of the distance${searched}`;
}

export function misplacedText(m: MisplacedNeighbor, d: number): string {
  const others =
    m.count > 1 ? ` (and ${m.count - 1} other non-neighbour${m.count > 2 ? 's' : ''})` : '';
  return `Row ${m.row} is the ${ordinal(m.rank + 1)} nearest in all ${d} features but looks farther than row ${m.looksNearer}${others} here, because ${reasonText(m.reason, m.looksNearer)}.`;
}
