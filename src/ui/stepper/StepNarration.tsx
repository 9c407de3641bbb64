import { useEffect, useRef } from 'react';
import { type Dataset, rowValues } from '../../core/data/dataset';
import type { SampleTrace } from '../../core/sampling/sample-trace';
import { selectRingStretch } from '../../plot/ring-stretch';
import { useAppState } from '../../state/app-store';
import {
  type CurrentStep,
  reachedPhase,
  selectCurrentStep,
  selectRunTracer,
} from '../../state/stepper-selectors';
import type { PhaseName } from '../../state/stepper-timeline';
import type { ResampleSummary } from '../../worker/client';
import { formulaLines } from '../formula-lines';
import { cellsOf } from '../row-cells';
import { WorkedFormula } from '../WorkedFormula';
import { endLines, removalLines } from './run-text';
import { StepNeighbors } from './StepNeighbors';
import { PHASE_TITLES, placeLine, stepLines } from './step-text';

/** The inspector while stepping: the current step of the run, told with its numbers. */
export function StepNarration({ data }: { data: Dataset }) {
  const step = useAppState(selectCurrentStep);
  const tracer = useAppState(selectRunTracer);
  const result = useAppState((s) => s.result);
  const status = useAppState((s) => s.resampleStatus);
  const box = useRef<HTMLDivElement>(null);
  const where = step ? `${step.position.item}.${step.position.phase}` : '';
  useEffect(() => {
    // The sidebar may have scrolled the narration away; each step brings it back.
    if (where) box.current?.scrollIntoView({ block: 'nearest' });
  }, [where]);

  if (status === 'running')
    return <p className="hint">Resampling… the walk starts when the run is done.</p>;
  if (tracer && !tracer.ok)
    return (
      <p className="explain" role="alert">
        {tracer.error.message}
      </p>
    );
  if (!step || !result) {
    return (
      <p className="hint">
        Resample to step through the run (the stepper walks through its samples in order).
      </p>
    );
  }
  return (
    <div
      className="step-narration"
      ref={box}
      data-item={step.position.item}
      data-phase={step.phase ?? 'end'}
    >
      <div aria-live="polite">
        <h3>{headingOf(step)}</h3>
        <Lines data={data} step={step} result={result} />
      </div>
      {step.sample && <SampleDetails data={data} step={step} trace={step.sample} result={result} />}
    </div>
  );
}

function headingOf(step: CurrentStep): string {
  const { timeline, position, phase, phases } = step;
  if (!phase) return 'The whole run';
  const at = `step ${position.phase + 1} of ${phases.length}: ${PHASE_TITLES[phase]}`;
  if (step.removal) return `Removal ${step.removal.index + 1} of ${timeline.removals}`;
  return `Sample ${position.item + 1} of ${timeline.samples} · ${at}`;
}

function Lines({
  data,
  step,
  result,
}: {
  data: Dataset;
  step: CurrentStep;
  result: ResampleSummary;
}) {
  const ring = useAppState(selectRingStretch) !== null;
  let lines: string[];
  if (step.sample && step.phase) {
    const search = { scaling: result.scaling, ring };
    lines = stepLines(data, step.sample, step.phase, result.method, search);
  } else if (step.removal) lines = removalLines(data, step.removal, result.method, result.nInput);
  else lines = endLines(data, result);
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="step-line">
          {line}
        </p>
      ))}
    </>
  );
}

interface DetailsProps {
  data: Dataset;
  step: CurrentStep;
  trace: SampleTrace;
  result: ResampleSummary;
}

function SampleDetails({ data, step, trace, result }: DetailsProps) {
  const at = (name: PhaseName) => reachedPhase(step, name);
  const showNeighbors =
    trace.neighbors.length > 0 && step.phases.includes('neighbors') && at('neighbors');
  const placed = step.phase === 'place';
  const codes = Int32Array.from(result.syntheticCodes, (column) => column[trace.index]);
  return (
    <>
      {showNeighbors && (
        <StepNeighbors data={data} trace={trace} drawn={trace.slot >= 0 && at('neighbor')} />
      )}
      {placed && trace.neighbor >= 0 && <Formula data={data} trace={trace} />}
      {placed && <p className="step-line">{placeLine(trace, result.method)}</p>}
      {placed && data.categorical.length > 0 && (
        <p className="point-line categories">
          {cellsOf(data, trace.values, codes)
            .filter((_, p) => data.columns[p].kind !== 'numeric' || trace.kind === 'mode')
            .map((cell) => `${cell.name} = ${cell.text}`)
            .join(' · ')}
        </p>
      )}
    </>
  );
}

function Formula({ data, trace }: { data: Dataset; trace: SampleTrace }) {
  const lines = formulaLines(
    data.featureNames,
    rowValues(data, trace.anchor),
    rowValues(data, trace.neighbor),
    trace.gap,
    trace.values,
  );
  return (
    <div className="formula">
      <WorkedFormula lines={lines} values={trace.values} />
    </div>
  );
}
