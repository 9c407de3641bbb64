import { describe, expect, it, vi } from 'vitest';
import { handleStepperKey, type KeyPress } from '../../src/state/stepper-keys';
import {
  selectCurrentStep,
  selectRevealed,
  selectRunTracer,
} from '../../src/state/stepper-selectors';
import { selectStepPosition } from '../../src/state/stepper-slice';
import type { AppStore } from '../../src/state/store';
import { openStore } from './catalog-fixture';

const FRAUD = '?dataset=fraud-walkthrough&k=3&anchor=0&seed=0';

const press = (store: AppStore, key: string, shiftKey = false): boolean => {
  const event: KeyPress = { key, shiftKey, altKey: false, ctrlKey: false, metaKey: false };
  return handleStepperKey(store.getState(), event);
};

async function openStepper(search = FRAUD) {
  const opened = await openStore(search);
  opened.store.getState().openStepper();
  await vi.waitFor(() => expect(opened.store.getState().resampleStatus).toBe('done'));
  return opened;
}

describe('the stepper slice', () => {
  it('opens on a fresh run and walks its synthetic rows in order, five steps each', async () => {
    const { store, worker } = await openStepper();
    expect(worker.calls.filter((c) => c.startsWith('resample'))).toHaveLength(1);
    const { provenance } = store.getState().result!;
    expect(selectCurrentStep(store.getState())?.phase).toBe('anchor');
    for (let i = 0; i < 3; i++) {
      for (const phase of ['anchor', 'neighbors', 'neighbor', 'lambda', 'place']) {
        const step = selectCurrentStep(store.getState())!;
        expect(step.phase).toBe(phase);
        expect(step.sample?.index).toBe(i);
        expect(step.sample?.anchor).toBe(provenance.anchor[i]);
        expect(step.sample?.neighbor).toBe(provenance.neighbor[i]);
        expect(step.sample?.gap).toBe(provenance.gap[i]);
        expect(selectRevealed(store.getState())).toEqual({ samples: i, removals: 0 });
        expect(press(store, 'ArrowRight')).toBe(true);
      }
    }
    expect(selectStepPosition(store.getState())).toEqual({ item: 3, phase: 0 });
    press(store, 'ArrowLeft');
    expect(selectStepPosition(store.getState())).toEqual({ item: 2, phase: 4 });
    press(store, 'ArrowRight', true);
    expect(selectStepPosition(store.getState())).toEqual({ item: 3, phase: 4 });
    press(store, 'End');
    expect(selectCurrentStep(store.getState())?.phase).toBeNull();
    expect(selectRevealed(store.getState())).toEqual({ samples: 32, removals: 0 });
    press(store, 'Home');
    expect(selectStepPosition(store.getState())).toEqual({ item: 0, phase: 0 });
  });

  it('plays at the chosen pace, stops at the end and plays again from the start', async () => {
    const { store } = await openStepper();
    press(store, ' ');
    expect(store.getState().playing).toBe(true);
    store.getState().tick();
    store.getState().tick();
    expect(selectStepPosition(store.getState())).toEqual({ item: 0, phase: 2 });
    press(store, ' ');
    expect(store.getState().playing).toBe(false);
    store.getState().tick();
    expect(selectStepPosition(store.getState())).toEqual({ item: 0, phase: 2 });

    store.getState().setPace('sample');
    store.getState().togglePlay();
    store.getState().tick();
    expect(selectStepPosition(store.getState())).toEqual({ item: 0, phase: 4 });
    store.getState().tick(8);
    expect(selectStepPosition(store.getState())).toEqual({ item: 8, phase: 4 });
    store.getState().tick(100);
    expect(selectCurrentStep(store.getState())?.phase).toBeNull();
    expect(store.getState().playing).toBe(false);
    store.getState().togglePlay();
    expect(selectStepPosition(store.getState())).toEqual({ item: 0, phase: 0 });
  });

  it('starts again when the run changes, and lets the plot keys be when closed', async () => {
    const { store, worker } = await openStepper();
    store.getState().skipToEnd();
    store.getState().setSeed(5);
    expect(selectCurrentStep(store.getState())).toBeNull();
    await vi.waitFor(() => expect(store.getState().resampleStatus).toBe('done'));
    expect(worker.calls.filter((c) => c.startsWith('resample'))).toHaveLength(2);
    const step = selectCurrentStep(store.getState())!;
    expect(step.position).toEqual({ item: 0, phase: 0 });
    expect(step.sample?.anchor).toBe(store.getState().result!.provenance.anchor[0]);
    expect(press(store, 'Escape')).toBe(true);
    expect(store.getState().stepperOpen).toBe(false);
    expect(press(store, 'ArrowRight')).toBe(false);
    expect(selectRevealed(store.getState())).toBeNull();
    expect(selectRunTracer(store.getState())).toBeNull();
  });

  it('traces with the parameters of the run, not those typed since', async () => {
    const { store } = await openStepper(
      '?dataset=overlap-noisy-minority&method=BorderlineSMOTE&p.kind=borderline-2',
    );
    store.getState().stepNext();
    expect(selectCurrentStep(store.getState())?.sample?.space).toBe('all');
    // A k the class cannot give fails; the last run stays on screen with its own k.
    store.getState().setParam('k_neighbors', 500);
    await vi.waitFor(() => expect(store.getState().resampleStatus).toBe('error'));
    const sample = selectCurrentStep(store.getState())?.sample;
    expect(sample?.k).toBe(5);
    expect(sample?.neighbors).toHaveLength(5);
  });

  it('walks a cleaner’s removals one at a time', async () => {
    const { store } = await openStepper('?dataset=overlap-noisy-minority&method=TomekLinks');
    const { result } = store.getState();
    const step = selectCurrentStep(store.getState())!;
    expect(step.phase).toBe('remove');
    expect(step.removal?.row).toBe(result!.removed[0]);
    store.getState().stepNext();
    expect(selectCurrentStep(store.getState())?.removal?.row).toBe(result!.removed[1]);
    expect(selectRevealed(store.getState())).toEqual({ samples: 0, removals: 1 });
  });
});
