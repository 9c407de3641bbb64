import { describe, expect, it, vi } from 'vitest';
import { decisionGrid } from '../../src/core/evaluation/decision-grid';
import type { Outcome } from '../../src/core/outcome';
import { createAppStore, type StoreDeps } from '../../src/state/store';
import { JobCancelled } from '../../src/worker/client';
import { evaluateVariants } from '../../src/worker/evaluate-api';
import type { EvaluationClient, EvaluationRun } from '../../src/worker/evaluation-client';
import { openStore } from './catalog-fixture';

/** The evaluation worker's calls run in Node; `hold` keeps evaluations waiting until released. */
function nodeClient(hold = false) {
  const calls: string[] = [];
  const held: (() => void)[] = [];
  const client: EvaluationClient = {
    async evaluateVariants(request, onProgress) {
      calls.push(`evaluate ${request.classifier} ${request.methods.join(',')}`);
      if (hold) await new Promise<void>((release) => held.push(release));
      return evaluateVariants(request, onProgress);
    },
    async decisionBoundary({ dataset, ...grid }) {
      calls.push(`boundary ${grid.classifier} ${grid.method ?? 'none'}`);
      return decisionGrid(dataset, grid);
    },
    cancel: () => calls.push('cancel'),
  };
  const releaseAll = () => {
    for (const release of held.splice(0)) release();
  };
  // Both slices cancel their worker whenever what they show goes out of date; runs are what count here.
  const runs = () => calls.filter((c) => c !== 'cancel');
  return { client, calls, runs, releaseAll };
}

function storeWith(client: EvaluationClient) {
  return (deps: StoreDeps) => createAppStore({ ...deps, connectEvaluation: () => client });
}

const unwrap = <T>(out: Outcome<T>): T => {
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
};

describe('the evaluation slice', () => {
  it('runs the chosen variants on the dataset on screen and keeps the run with its settings', async () => {
    const fake = nodeClient();
    const { store } = await openStore('?dataset=moons-curved-minority', storeWith(fake.client));
    await store.getState().runEvaluation();
    const s = store.getState();
    expect(fake.runs()).toEqual(['evaluate logistic none,class_weight,SMOTE,RandomOverSampler']);
    expect(s.evalStatus).toBe('done');
    expect(s.evalProgress).toBe(1);
    expect(s.evaluation?.datasetName).toBe('moons-curved-minority');
    const direct: EvaluationRun = unwrap(
      evaluateVariants({ dataset: s.dataset!, ...s.evalSettings }),
    );
    expect(s.evaluation?.run.honest.results.map((r) => r.metrics)).toEqual(
      direct.honest.results.map((r) => r.metrics),
    );
    expect(s.evaluation?.run.leaky?.results.map((r) => r.method)).toEqual([
      'SMOTE',
      'RandomOverSampler',
    ]);
  });

  it('drops class weights for kNN and refuses an empty list with a message', async () => {
    const fake = nodeClient();
    const { store } = await openStore('?dataset=moons-curved-minority', storeWith(fake.client));
    store.getState().setEvalSettings({ classifier: 'knn' });
    expect(store.getState().evalSettings.methods).toEqual(['none', 'SMOTE', 'RandomOverSampler']);
    store.getState().setEvalSettings({ methods: [] });
    await store.getState().runEvaluation();
    expect(store.getState().evalStatus).toBe('error');
    expect(store.getState().evalError).toBe('Variants: tick at least one to compare.');
    expect(fake.runs()).toEqual([]);
  });

  it('opening another dataset cancels the run and clears the result', async () => {
    const fake = nodeClient();
    const { store } = await openStore('?dataset=moons-curved-minority', storeWith(fake.client));
    await store.getState().runEvaluation();
    expect(store.getState().evaluation).not.toBeNull();
    await store.getState().pickDataset('blobs-split-minority');
    expect(store.getState().evaluation).toBeNull();
    expect(store.getState().evalStatus).toBe('idle');
    expect(fake.calls.at(-1)).toBe('cancel');
  });

  it('Cancel stops waiting: a result that arrives later is dropped', async () => {
    const fake = nodeClient(true);
    const { store } = await openStore('?dataset=moons-curved-minority', storeWith(fake.client));
    const running = store.getState().runEvaluation();
    expect(store.getState().evalStatus).toBe('running');
    store.getState().cancelEvaluation();
    expect(store.getState().evalStatus).toBe('cancelled');
    fake.releaseAll();
    await running;
    expect(store.getState().evalStatus).toBe('cancelled');
    expect(store.getState().evaluation).toBeNull();
  });

  it('a cancelled call that rejects leaves the status as Cancel set it', async () => {
    const client: EvaluationClient = {
      evaluateVariants: () => Promise.reject(new JobCancelled()),
      decisionBoundary: () => Promise.reject(new JobCancelled()),
      cancel: () => {},
    };
    const { store } = await openStore('?dataset=moons-curved-minority', storeWith(client));
    await store.getState().runEvaluation();
    expect(store.getState().evalStatus).toBe('running');
    store.getState().cancelEvaluation();
    expect(store.getState().evalStatus).toBe('cancelled');
  });
});

describe('the boundary slice', () => {
  it('fits on the plotted features, with and without the Resample method, and redoes it on change', async () => {
    const fake = nodeClient();
    const { store } = await openStore('?dataset=loan-default', storeWith(fake.client));
    store.getState().setBoundaryMode('plain');
    await vi.waitFor(() => expect(store.getState().boundary).not.toBeNull());
    let shown = store.getState().boundary!;
    expect(shown.description).toBe(
      'logistic without resampling, fitted on income and loan_amount only (the dataset has 3 features)',
    );
    expect(shown.grid.trainedOn).toBe(46);
    expect(shown.grid.probability).toHaveLength(96 * 72);
    store.getState().setBoundaryMode('resampled');
    await vi.waitFor(() =>
      expect(store.getState().boundary?.description).toMatch(/^logistic after SMOTE/),
    );
    shown = store.getState().boundary!;
    expect(shown.grid.trainedOn).toBeGreaterThan(46);
    store.getState().setEvalSettings({ classifier: 'tree' });
    await vi.waitFor(() => expect(store.getState().boundary?.description).toMatch(/^tree after/));
    store.getState().setBoundaryMode('off');
    expect(store.getState().boundary).toBeNull();
    expect(fake.runs()).toEqual([
      'boundary logistic none',
      'boundary logistic SMOTE',
      'boundary tree SMOTE',
    ]);
  });
});
