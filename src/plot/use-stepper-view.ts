// What the stepper changes on the plot: only the synthetic rows made so far are drawn (and can be
// clicked), removals appear as the walk reaches them, and the stepper's own marks replace the
// walkthrough's.
import { useMemo } from 'react';
import { useAppState } from '../state/app-store';
import { type CurrentStep, selectCurrentStep, selectRevealed } from '../state/stepper-selectors';
import { playInterval } from '../state/stepper-slice';
import type { Revealed } from '../state/stepper-timeline';
import type { PlotColumns } from './plot-columns';

export interface StepperView {
  stepping: boolean;
  revealed: Revealed | null;
  /** The synthetic rows to draw: the first `revealed.samples` while stepping. */
  shown: PlotColumns | null;
  step: CurrentStep | null;
  brief: boolean;
  tickMs: number | null;
}

export function useStepperView(synthetic: PlotColumns | null): StepperView {
  const stepping = useAppState((s) => s.stepperOpen);
  const revealed = useAppState(selectRevealed);
  const step = useAppState(selectCurrentStep);
  const brief = useAppState((s) => s.playing && s.pace === 'sample');
  const tickMs = useAppState((s) => (s.playing ? playInterval(s.speed).ms : null));
  const count = revealed?.samples;
  const shown = useMemo(
    () =>
      synthetic && count !== undefined
        ? { xs: synthetic.xs.subarray(0, count), ys: synthetic.ys.subarray(0, count) }
        : synthetic,
    [synthetic, count],
  );
  return { stepping, revealed, shown, step, brief, tickMs };
}
