import type { ReactNode } from 'react';
import { useAppState } from '../../state/app-store';
import { AnchorHistogram } from './AnchorHistogram';
import { DuplicateCompare } from './DuplicateCompare';
import { OneHotCells } from './OneHotCells';
import { ScreenRanks } from './ScreenRanks';

// The lessons whose point needs more than the plot: a second run, a count or a ranking.
const EVIDENCE: Readonly<Record<string, () => ReactNode>> = {
  'why-not-duplicate': () => <DuplicateCompare />,
  'anchor-fairness': () => <AnchorHistogram />,
  'categorical-features': () => <OneHotCells />,
  'high-dimensions': () => <ScreenRanks />,
};

/** The open lesson's evidence, beside the plot. */
export function LessonEvidence() {
  const lesson = useAppState((s) => s.lesson);
  const show = lesson === null ? undefined : EVIDENCE[lesson];
  return show ? show() : null;
}
