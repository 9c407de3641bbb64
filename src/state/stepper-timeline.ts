// The stepper's walk through a run: each synthetic row in the order the method made it, in the
// steps of the algorithm, then each row a cleaning step removed. A position is (item, phase);
// item = samples + removals is the end, where the whole run is on the plot.

export type PhaseName = 'anchor' | 'neighbors' | 'neighbor' | 'lambda' | 'place' | 'remove';

export interface Timeline {
  samples: number;
  removals: number;
  /** The phases of every sample of this run (the same for all of a method's samples). */
  samplePhases: readonly PhaseName[];
}

export interface StepPosition {
  item: number;
  phase: number;
}

export const START: StepPosition = { item: 0, phase: 0 };

const INTERPOLATION: readonly PhaseName[] = ['anchor', 'neighbors', 'neighbor', 'lambda', 'place'];
const MODE: readonly PhaseName[] = ['anchor', 'neighbors', 'place'];
const COPY: readonly PhaseName[] = ['anchor', 'place'];
const REMOVAL: readonly PhaseName[] = ['remove'];

/** Steps per sample: five for a neighbour and λ; SMOTEN's mode has no λ; a copy has neither. */
export function timelineOf(
  method: string,
  neighbors: ArrayLike<number>,
  removed: ArrayLike<number>,
): Timeline {
  const samples = neighbors.length;
  const interpolates = samples > 0 && neighbors[0] >= 0;
  const samplePhases = interpolates ? INTERPOLATION : method === 'SMOTEN' ? MODE : COPY;
  return { samples, removals: removed.length, samplePhases };
}

export function itemCount(t: Timeline): number {
  return t.samples + t.removals;
}

export function phasesOf(t: Timeline, item: number): readonly PhaseName[] {
  return item < t.samples ? t.samplePhases : item < itemCount(t) ? REMOVAL : [];
}

export function isEnd(t: Timeline, p: StepPosition): boolean {
  return p.item >= itemCount(t);
}

export function endOf(t: Timeline): StepPosition {
  return { item: itemCount(t), phase: 0 };
}

/** The item's last step: its point placed, or its row removed. */
function completed(t: Timeline, item: number): StepPosition {
  return { item, phase: phasesOf(t, item).length - 1 };
}

/** One step on; the last step of the last item leads to the end. */
export function stepForward(t: Timeline, p: StepPosition): StepPosition {
  if (isEnd(t, p)) return endOf(t);
  if (p.phase + 1 < phasesOf(t, p.item).length) return { item: p.item, phase: p.phase + 1 };
  return p.item + 1 < itemCount(t) ? { item: p.item + 1, phase: 0 } : endOf(t);
}

export function stepBack(t: Timeline, p: StepPosition): StepPosition {
  if (itemCount(t) === 0) return endOf(t);
  if (isEnd(t, p)) return completed(t, itemCount(t) - 1);
  if (p.phase > 0) return { item: p.item, phase: p.phase - 1 };
  return p.item > 0 ? completed(t, p.item - 1) : START;
}

/** Finishes the item in progress, or moves to the next item finished. */
export function sampleForward(t: Timeline, p: StepPosition, count = 1): StepPosition {
  if (isEnd(t, p)) return endOf(t);
  const last = phasesOf(t, p.item).length - 1;
  const item = p.item + (p.phase < last ? count - 1 : count);
  return item < itemCount(t) ? completed(t, item) : endOf(t);
}

export function sampleBack(t: Timeline, p: StepPosition): StepPosition {
  if (itemCount(t) === 0) return endOf(t);
  const item = Math.min(p.item, itemCount(t)) - 1;
  return item >= 0 ? completed(t, item) : START;
}

/** How much of the run the plot shows: synthetic rows made so far and removals carried out. */
export interface Revealed {
  samples: number;
  removals: number;
}

export function revealedAt(t: Timeline, p: StepPosition): Revealed {
  const item = Math.min(p.item, itemCount(t));
  const samples = Math.min(item, t.samples);
  return { samples, removals: Math.max(0, item - t.samples) };
}

/** Keeps a position inside the timeline (a link or a shorter rerun may point past it). */
export function clampPosition(t: Timeline, p: StepPosition): StepPosition {
  if (p.item >= itemCount(t)) return endOf(t);
  const item = Math.max(0, Math.floor(p.item));
  const last = phasesOf(t, item).length - 1;
  return { item, phase: Math.min(Math.max(0, Math.floor(p.phase)), last) };
}
