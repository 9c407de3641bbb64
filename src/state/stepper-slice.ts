// Stepper slice: walking through the last run sample by sample, by hand or played at a speed.
// The walk belongs to one result: a new run (other parameters, seed or method) starts it again.
import type { ResampleSummary } from '../worker/client';
import { memoLast } from './memo-last';
import {
  clampPosition,
  endOf,
  isEnd,
  START,
  type StepPosition,
  sampleBack,
  sampleForward,
  stepBack,
  stepForward,
  type Timeline,
  timelineOf,
} from './stepper-timeline';
import type { AppState, SliceCreator } from './store';

/** step: every step of the algorithm in turn; sample: one whole sample per tick (the animation). */
export type PlayPace = 'step' | 'sample';

/** Ticks per second the speed control offers. */
export const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32, 64, 128] as const;
export const DEFAULT_SPEED = 2;

export interface StepperSlice {
  stepperOpen: boolean;
  /** The run the position walks through; another result means the walk starts again. */
  stepperResult: ResampleSummary | null;
  stepPosition: StepPosition;
  playing: boolean;
  pace: PlayPace;
  /** An index into SPEEDS. */
  speed: number;
  /** Opens the stepper on the run, resampling first when nothing current is shown. */
  openStepper(): void;
  closeStepper(): void;
  stepNext(): void;
  stepPrevious(): void;
  nextSample(): void;
  previousSample(): void;
  toStart(): void;
  skipToEnd(): void;
  togglePlay(): void;
  /** One tick of playback: `count` steps or samples at the pace; stops at the end. */
  tick(count?: number): void;
  setPace(pace: PlayPace): void;
  setSpeed(index: number): void;
  goTo(position: StepPosition): void;
}

const timelineFor = memoLast((result: ResampleSummary | null): Timeline | null =>
  result ? timelineOf(result.method, result.provenance.neighbor, result.removed) : null,
);

export function selectTimeline(s: AppState): Timeline | null {
  return s.stepperOpen ? timelineFor(s.result) : null;
}

/** The position on the current result: the start when the walk was made on another one. */
export function selectStepPosition(s: AppState): StepPosition {
  const timeline = selectTimeline(s);
  if (!timeline) return START;
  return s.stepperResult === s.result ? clampPosition(timeline, s.stepPosition) : START;
}

export const createStepperSlice: SliceCreator<StepperSlice> = () => (set, get) => {
  /** Moves on the current result; with no result yet there is nowhere to go. */
  const move = (to: (t: Timeline, p: StepPosition) => StepPosition, keepPlaying = false) => {
    const s = get();
    const timeline = selectTimeline(s);
    if (!timeline || s.resampleStatus === 'running') return;
    const stepPosition = to(timeline, selectStepPosition(s));
    const playing = keepPlaying && s.playing && !isEnd(timeline, stepPosition);
    set({ stepPosition, stepperResult: s.result, playing });
  };
  return {
    stepperOpen: false,
    stepperResult: null,
    stepPosition: START,
    playing: false,
    pace: 'step',
    speed: SPEEDS.indexOf(DEFAULT_SPEED),

    openStepper() {
      const s = get();
      set({ stepperOpen: true, stepperResult: s.result, stepPosition: START, playing: false });
      s.selectSynthetic(null);
      if (s.resampleStatus === 'idle' && s.dataset) void s.resample();
    },
    closeStepper: () => set({ stepperOpen: false, playing: false }),
    stepNext: () => move(stepForward),
    stepPrevious: () => move(stepBack),
    nextSample: () => move((t, p) => sampleForward(t, p)),
    previousSample: () => move(sampleBack),
    toStart: () => move(() => START),
    skipToEnd: () => move(endOf),
    goTo: (position) => move((t) => clampPosition(t, position)),

    togglePlay() {
      const s = get();
      const timeline = selectTimeline(s);
      if (!timeline) return;
      if (s.playing) {
        set({ playing: false });
        return;
      }
      // Play from the end starts over, as media players do.
      const from = selectStepPosition(s);
      const stepPosition = isEnd(timeline, from) ? START : from;
      set({ playing: true, stepPosition, stepperResult: s.result });
    },

    tick(count = 1) {
      if (!get().playing) return;
      if (get().pace === 'sample') move((t, p) => sampleForward(t, p, count), true);
      else move((t, p) => repeat(t, p, count), true);
    },

    setPace: (pace) => set({ pace }),
    setSpeed: (index) =>
      set({ speed: Math.min(Math.max(0, Math.round(index)), SPEEDS.length - 1) }),
  };
};

function repeat(t: Timeline, p: StepPosition, count: number): StepPosition {
  let at = p;
  for (let i = 0; i < count && !isEnd(t, at); i++) at = stepForward(t, at);
  return at;
}

/** How often playback ticks and how far each tick goes: past ~30 a second, several per frame. */
export function playInterval(speedIndex: number): { ms: number; count: number } {
  const rate = SPEEDS[Math.min(Math.max(0, speedIndex), SPEEDS.length - 1)];
  const count = Math.max(1, Math.round(rate / 30));
  return { ms: (1000 * count) / rate, count };
}
