import { describe, expect, it } from 'vitest';
import {
  clampPosition,
  endOf,
  isEnd,
  phasesOf,
  revealedAt,
  START,
  type StepPosition,
  sampleBack,
  sampleForward,
  stepBack,
  stepForward,
  timelineOf,
} from '../../src/state/stepper-timeline';

// Two interpolated samples, then one removal (a SMOTETomek-like run).
const mixed = timelineOf('SMOTETomek', [4, 7], [12]);

function walk(from: StepPosition, times: number) {
  const seen = [from];
  for (let i = 0; i < times; i++) seen.push(stepForward(mixed, seen.at(-1)!));
  return seen;
}

describe('the stepper timeline', () => {
  it('gives an interpolation five steps, a SMOTEN mode three, a copy two, a removal one', () => {
    expect(phasesOf(mixed, 0)).toEqual(['anchor', 'neighbors', 'neighbor', 'lambda', 'place']);
    expect(phasesOf(mixed, 2)).toEqual(['remove']);
    expect(phasesOf(timelineOf('SMOTEN', [-1], []), 0)).toEqual(['anchor', 'neighbors', 'place']);
    expect(phasesOf(timelineOf('RandomOverSampler', [-1, -1], []), 1)).toEqual(['anchor', 'place']);
  });

  it('steps through every phase of every item, then to the end, and back again', () => {
    const forward = walk(START, 12);
    expect(forward.map((p) => `${p.item}.${p.phase}`)).toEqual([
      '0.0',
      '0.1',
      '0.2',
      '0.3',
      '0.4',
      '1.0',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.0',
      '3.0',
      '3.0',
    ]);
    expect(isEnd(mixed, forward[11])).toBe(true);
    const back: StepPosition[] = [forward[11]];
    for (let i = 0; i < 12; i++) back.push(stepBack(mixed, back.at(-1)!));
    expect(back.slice(0, 11).reverse()).toEqual(forward.slice(1, 12));
    expect(back.at(-1)).toEqual(START);
  });

  it('jumps whole samples, landing on each one finished', () => {
    expect(sampleForward(mixed, START)).toEqual({ item: 0, phase: 4 });
    expect(sampleForward(mixed, { item: 0, phase: 4 })).toEqual({ item: 1, phase: 4 });
    expect(sampleForward(mixed, { item: 1, phase: 4 })).toEqual({ item: 2, phase: 0 });
    expect(sampleForward(mixed, { item: 2, phase: 0 })).toEqual(endOf(mixed));
    expect(sampleForward(mixed, START, 2)).toEqual({ item: 1, phase: 4 });
    expect(sampleForward(mixed, START, 9)).toEqual(endOf(mixed));
    expect(sampleBack(mixed, endOf(mixed))).toEqual({ item: 2, phase: 0 });
    expect(sampleBack(mixed, { item: 1, phase: 2 })).toEqual({ item: 0, phase: 4 });
    expect(sampleBack(mixed, { item: 0, phase: 3 })).toEqual(START);
  });

  it('reveals the samples made before the current one, then the removals', () => {
    expect(revealedAt(mixed, START)).toEqual({ samples: 0, removals: 0 });
    expect(revealedAt(mixed, { item: 1, phase: 4 })).toEqual({ samples: 1, removals: 0 });
    expect(revealedAt(mixed, { item: 2, phase: 0 })).toEqual({ samples: 2, removals: 0 });
    expect(revealedAt(mixed, endOf(mixed))).toEqual({ samples: 2, removals: 1 });
  });

  it('keeps positions inside the run, and an empty run is at its end', () => {
    expect(clampPosition(mixed, { item: 1, phase: 9 })).toEqual({ item: 1, phase: 4 });
    expect(clampPosition(mixed, { item: 2, phase: 3 })).toEqual({ item: 2, phase: 0 });
    expect(clampPosition(mixed, { item: 40, phase: 0 })).toEqual(endOf(mixed));
    const empty = timelineOf('TomekLinks', [], []);
    expect(isEnd(empty, START)).toBe(true);
    expect(stepForward(empty, START)).toEqual(endOf(empty));
    expect(stepBack(empty, START)).toEqual(endOf(empty));
  });
});
