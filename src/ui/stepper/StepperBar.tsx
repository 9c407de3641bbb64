import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import { handleStepperKey } from '../../state/stepper-keys';
import { selectItemCount } from '../../state/stepper-selectors';
import {
  type PlayPace,
  SPEEDS,
  selectStepPosition,
  selectTimeline,
} from '../../state/stepper-slice';
import { isEnd, phasesOf } from '../../state/stepper-timeline';
import { StepperIcon } from './StepperIcon';
import { usePlayback } from './use-playback';
import './stepper.css';

const act = () => appStore.getState();

// Native controls keep the keys they use themselves: a slider its arrows, Home and End; a list
// those and Space. Escape always closes the stepper.
function ownsKey(target: EventTarget, key: string): boolean {
  if (target instanceof HTMLSelectElement) return key !== 'Escape';
  if (target instanceof HTMLInputElement) return key !== ' ' && key !== 'Escape';
  return false;
}

/** The stepper's controls under the plot: open it, step, play, pick the pace and speed. */
export function StepperBar() {
  const open = useAppState((s) => s.stepperOpen);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const openButton = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLElement>(null);
  const wasOpen = useRef(open);
  usePlayback();
  useEffect(() => {
    // Closing removes the focused control: the focus goes to the button that opens it again.
    const active = document.activeElement;
    const lost = active === document.body || (active && bar.current?.contains(active));
    if (wasOpen.current && !open && lost) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (ownsKey(event.target, event.key)) return;
    if (handleStepperKey(act(), event)) event.preventDefault();
  };
  return (
    <section className="stepper-bar" aria-label="Stepper" ref={bar} onKeyDown={onKeyDown}>
      {open ? (
        <OpenControls />
      ) : (
        <>
          <button
            type="button"
            ref={openButton}
            className="primary"
            disabled={!ready}
            onClick={() => act().openStepper()}
          >
            Step through the run
          </button>
          <p className="stepper-hint">
            Every synthetic point of the run in order: anchor, neighbours, the neighbour drawn, λ,
            the point. Press ? for the keys.
          </p>
        </>
      )}
    </section>
  );
}

function OpenControls() {
  const playing = useAppState((s) => s.playing);
  const pace = useAppState((s) => s.pace);
  const speed = useAppState((s) => s.speed);
  const running = useAppState((s) => s.resampleStatus === 'running');
  const total = useAppState(selectItemCount);
  const where = useAppState(positionText);
  const none = running || total === 0;
  const id = useId();
  return (
    <>
      <div className="stepper-buttons">
        <button
          type="button"
          aria-label="First step (Home)"
          disabled={none}
          onClick={() => act().toStart()}
        >
          <StepperIcon name="first" />
        </button>
        <button
          type="button"
          aria-label="Previous step (←)"
          disabled={none}
          onClick={() => act().stepPrevious()}
        >
          <StepperIcon name="previous" /> Previous
        </button>
        <button
          type="button"
          className="stepper-play"
          aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
          disabled={none}
          onClick={() => act().togglePlay()}
        >
          <StepperIcon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          aria-label="Next step (→)"
          disabled={none}
          onClick={() => act().stepNext()}
        >
          Next <StepperIcon name="next" />
        </button>
        <button
          type="button"
          aria-label="Skip to the end (End)"
          disabled={none}
          onClick={() => act().skipToEnd()}
        >
          Skip to end <StepperIcon name="last" />
        </button>
      </div>
      <div className="stepper-field">
        <label htmlFor={`${id}-pace`}>Pace</label>
        <select
          id={`${id}-pace`}
          value={pace}
          onChange={(e) => act().setPace(e.target.value as PlayPace)}
        >
          <option value="step">step by step</option>
          <option value="sample">sample by sample (animation)</option>
        </select>
      </div>
      <div className="stepper-field">
        <label htmlFor={`${id}-speed`}>Speed</label>
        <input
          id={`${id}-speed`}
          type="range"
          min={0}
          max={SPEEDS.length - 1}
          step={1}
          value={speed}
          aria-valuetext={`${SPEEDS[speed]} per second`}
          onChange={(e) => act().setSpeed(Number(e.target.value))}
        />
        <output htmlFor={`${id}-speed`}>{SPEEDS[speed]}/s</output>
      </div>
      <p className="stepper-where">{running ? 'Resampling…' : where}</p>
      <button
        type="button"
        aria-label="Close the stepper (Escape)"
        onClick={() => act().closeStepper()}
      >
        Close
      </button>
    </>
  );
}

function positionText(s: ReturnType<typeof act>): string {
  const timeline = selectTimeline(s);
  if (!timeline) return '';
  const p = selectStepPosition(s);
  if (isEnd(timeline, p)) return 'End: the whole run';
  const phases = phasesOf(timeline, p.item);
  if (p.item >= timeline.samples)
    return `Removal ${p.item - timeline.samples + 1} of ${timeline.removals}`;
  return `Sample ${p.item + 1} of ${timeline.samples} · step ${p.phase + 1} of ${phases.length}`;
}
