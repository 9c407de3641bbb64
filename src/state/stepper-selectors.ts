// What the stepper shows, derived from the store: the run's tracer (built once per result), the
// step at the current position and how much of the run the plot reveals.
import type { Dataset } from '../core/data/dataset';
import { applyScaling } from '../core/data/scaling';
import { type Outcome, ok } from '../core/outcome';
import { validateParams } from '../core/sampling/params';
import {
  createRunTracer,
  type RemovalTrace,
  type RunTracer,
  type SampleTrace,
} from '../core/sampling/sample-trace';
import { scaleDataset } from '../core/sampling/scaled-run';
import type { Params } from '../core/sampling/types';
import type { MethodInfo, ResampleSummary } from '../worker/client';
import { memoLast } from './memo-last';
import { findMethodInfo } from './method-params';
import { selectStepPosition, selectTimeline } from './stepper-slice';
import {
  isEnd,
  itemCount,
  type PhaseName,
  phasesOf,
  type Revealed,
  revealedAt,
  type StepPosition,
  type Timeline,
} from './stepper-timeline';
import type { AppState } from './store';

const tracerOf = memoLast(
  (
    data: Dataset | null,
    result: ResampleSummary | null,
    params: Params | null,
    methods: readonly MethodInfo[],
  ): Outcome<RunTracer> | null => {
    if (!data || !result || !params) return null;
    const info = findMethodInfo(methods, result.method);
    const valid = info ? validateParams(info.name, info.params, params) : ok(params);
    if (!valid.ok) return valid;
    if (result.scaling === 'none') return createRunTracer(data, valid.value, result);
    // The run searched scaled features: the trace does too, and shows the values in the file's units.
    const scaled = scaleDataset(data, result.scaling);
    const syntheticX = applyScaling(scaled.scaling, result.syntheticX);
    const tracer = createRunTracer(scaled.data, valid.value, { ...result, syntheticX });
    if (!tracer.ok) return tracer;
    const { d } = data;
    const sample = (i: number) => ({
      ...tracer.value.sample(i),
      values: result.syntheticX.slice(i * d, (i + 1) * d),
    });
    return ok({ ...tracer.value, sample });
  },
);

export function selectRunTracer(s: AppState): Outcome<RunTracer> | null {
  return s.stepperOpen ? tracerOf(s.dataset, s.result, s.resultParams, s.methods) : null;
}

export interface CurrentStep {
  timeline: Timeline;
  position: StepPosition;
  /** Null at the end. */
  phase: PhaseName | null;
  phases: readonly PhaseName[];
  sample: SampleTrace | null;
  removal: RemovalTrace | null;
}

const stepOf = memoLast(
  (
    timeline: Timeline | null,
    position: StepPosition,
    tracer: Outcome<RunTracer> | null,
  ): CurrentStep | null => {
    if (!timeline || !tracer?.ok) return null;
    const end = isEnd(timeline, position);
    const phases = phasesOf(timeline, position.item);
    const { item } = position;
    const sample = !end && item < timeline.samples ? tracer.value.sample(item) : null;
    const removal =
      !end && item >= timeline.samples ? tracer.value.removal(item - timeline.samples) : null;
    return {
      timeline,
      position,
      phase: end ? null : phases[position.phase],
      phases,
      sample,
      removal,
    };
  },
);

// Positions are new objects after every move: key the memo on their numbers.
const positionOf = memoLast((item: number, phase: number): StepPosition => ({ item, phase }));

export function selectCurrentStep(s: AppState): CurrentStep | null {
  if (s.resampleStatus === 'running') return null;
  const p = selectStepPosition(s);
  return stepOf(selectTimeline(s), positionOf(p.item, p.phase), selectRunTracer(s));
}

const revealedOf = memoLast(
  (samples: number, removals: number): Revealed => ({ samples, removals }),
);

/** How much of the run the plot shows while stepping; null shows all of it. */
export function selectRevealed(s: AppState): Revealed | null {
  const timeline = selectTimeline(s);
  if (!timeline) return null;
  const r = revealedAt(timeline, selectStepPosition(s));
  return revealedOf(r.samples, r.removals);
}

export function selectItemCount(s: AppState): number {
  const timeline = selectTimeline(s);
  return timeline ? itemCount(timeline) : 0;
}

/** Whether the walk has reached `name` in the current item (false for phases it does not have). */
export function reachedPhase(step: CurrentStep, name: PhaseName): boolean {
  const at = step.phases.indexOf(name);
  return at >= 0 && at <= step.position.phase;
}
