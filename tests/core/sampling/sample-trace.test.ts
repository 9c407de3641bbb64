import { describe, expect, it } from 'vitest';
import { classCounts, type Dataset } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import type { RunTracer, SampleTrace } from '../../../src/core/sampling/sample-trace';
import type { ResampleResult } from '../../../src/core/sampling/types';
import { traced } from './built-in';

function allSamples(tracer: RunTracer): SampleTrace[] {
  return Array.from({ length: tracer.samples }, (_, i) => tracer.sample(i));
}

/** Every sample agrees with the run's provenance and its own arithmetic. */
function expectConsistent(data: Dataset, result: ResampleResult, tracer: RunTracer) {
  const { anchor, neighbor, gap } = result.provenance;
  expect(tracer.samples).toBe(anchor.length);
  const { d } = data;
  for (const t of allSamples(tracer)) {
    const i = t.index;
    expect([t.anchor, t.neighbor, t.gap]).toEqual([anchor[i], neighbor[i], gap[i]]);
    expect(t.pool[t.position]).toBe(t.anchor);
    expect(t.values).toEqual(
      result.pool.X.slice((result.nInput + i) * d, (result.nInput + i + 1) * d),
    );
    if (t.neighbor < 0) continue;
    expect(
      t.slot,
      `sample ${i}: neighbour ${t.neighbor} among ${[...t.neighbors]}`,
    ).toBeGreaterThanOrEqual(0);
    expect(t.neighbors[t.slot]).toBe(t.neighbor);
    expect(t.neighbors.length).toBe(t.k);
    if (t.drawRule === 'pair') {
      expect(Math.floor(t.draw / t.k)).toBe(t.position);
      expect(t.draw % t.k).toBe(t.slot);
    }
    for (let j = 0; j < d; j++) {
      const x = data.X[t.anchor * d + j];
      const expected = x + t.gap * (data.X[t.neighbor * d + j] - x);
      expect(t.values[j]).toBeCloseTo(expected, 9);
    }
  }
}

describe('tracing a run sample by sample', () => {
  it('rebuilds SMOTE on the fraud example: the draws are the seeded stream, in order', () => {
    const { data, result, tracer } = traced('fraud-walkthrough', 'SMOTE', { k_neighbors: 3 }, 0);
    expectConsistent(data, result, tracer);
    expect(tracer.samples).toBe(32);
    const minority = classCounts(data)[0];
    expect(minority).toBe(8);
    // imbalanced-learn's _make_samples: 32 integers in [0, 8·3), then 32 uniform steps.
    const random = createRandom(0);
    const draws = Array.from({ length: 32 }, () => random.int(minority * 3));
    const steps = Array.from({ length: 32 }, () => random.next());
    const samples = allSamples(tracer);
    expect(samples.map((t) => t.draw)).toEqual(draws);
    expect(samples.map((t) => t.gap)).toEqual(steps);
    for (const t of samples) {
      expect(t.poolKind).toBe('class');
      expect([...t.pool]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(t.gapRule).toBe('uniform');
      expect(t.kind).toBe('interpolate');
    }
  });

  it('lists anchor 0’s three fraud neighbours at 64.0, 72.8 and 92.2', () => {
    const { tracer } = traced('fraud-walkthrough', 'SMOTE', { k_neighbors: 3 }, 0);
    const fromZero = allSamples(tracer).find((t) => t.anchor === 0)!;
    expect([...fromZero.neighbors]).toEqual([1, 2, 3]);
    expect(Array.from(fromZero.distances, (v) => v.toFixed(1))).toEqual(['64.0', '72.8', '92.2']);
  });

  it('replays ADASYN’s slots and steps and gives each weighted row its quota', () => {
    const { data, result, tracer } = traced('overlap-noisy-minority', 'ADASYN', {}, 3);
    expectConsistent(data, result, tracer);
    const samples = allSamples(tracer);
    const random = createRandom(3);
    const slots = samples.map(() => random.int(5));
    expect(samples.map((t) => t.draw)).toEqual(slots);
    expect(samples.map((t) => t.gap)).toEqual(samples.map(() => random.next()));
    const counts = result.diagnostics.anchorCounts!;
    for (const t of samples) {
      expect(t.drawRule).toBe('quota');
      expect(t.quota).toBe(counts[t.anchor]);
      expect(t.weight).toBe(result.diagnostics.weights![t.anchor]);
      expect(samples.filter((s) => s.anchor === t.anchor)).toHaveLength(counts[t.anchor]);
    }
  });

  it.each([
    ['BorderlineSMOTE', 'overlap-noisy-minority', {}],
    ['BorderlineSMOTE', 'overlap-noisy-minority', { kind: 'borderline-2' }],
    ['SVMSMOTE', 'moons-curved-minority', {}],
    ['KMeansSMOTE', 'blobs-split-minority', { cluster_balance_threshold: 0.1 }],
    ['SMOTETomek', 'overlap-noisy-minority', {}],
    ['SMOTEENN', 'overlap-noisy-minority', {}],
    ['SMOTE', 'loan-default', { k_neighbors: 3 }],
  ] as const)('%s on %s %j agrees with the provenance', (method, dataset, extra) => {
    const { data, result, tracer } = traced(dataset, method, { ...extra }, 1);
    expect(tracer.samples).toBeGreaterThan(0);
    expectConsistent(data, result, tracer);
  });

  it('draws Borderline anchors from the danger rows, and borderline-2 halves steps toward the majority', () => {
    const { data, result, tracer } = traced(
      'overlap-noisy-minority',
      'BorderlineSMOTE',
      { kind: 'borderline-2' },
      1,
    );
    const danger = result.diagnostics.danger!;
    const samples = allSamples(tracer);
    for (const t of samples) {
      expect(t.poolKind).toBe('danger');
      expect([...t.pool].every((row) => danger.includes(row) && data.y[row] === t.classCode)).toBe(
        true,
      );
      const other = data.y[t.neighbor] !== t.classCode;
      expect(t.gapRule).toBe(other ? 'halfway' : 'uniform');
      if (other) expect(t.gap).toBeLessThan(0.5);
    }
    expect(samples.some((t) => t.gapRule === 'halfway')).toBe(true);
  });

  it('marks SVMSMOTE’s safe support vectors as extrapolating with λ = −out_step·u', () => {
    const { result, tracer } = traced('moons-curved-minority', 'SVMSMOTE', {}, 1);
    const samples = allSamples(tracer);
    const safe = samples.filter((t) => t.poolKind === 'safe-support');
    expect(safe.length).toBeGreaterThan(0);
    for (const t of safe) {
      expect(result.diagnostics.safe!.includes(t.anchor)).toBe(true);
      expect(t.gapRule).toBe('out-step');
      expect(t.outStep).toBe(0.5);
      expect(t.gap).toBeLessThanOrEqual(0);
      expect(t.gap).toBeGreaterThan(-0.5);
    }
    expect(samples.some((t) => t.poolKind === 'danger-support' && t.gap >= 0)).toBe(true);
  });

  it('keeps KMeansSMOTE’s neighbours inside the anchor’s cluster', () => {
    const { result, tracer } = traced(
      'blobs-split-minority',
      'KMeansSMOTE',
      { cluster_balance_threshold: 0.1 },
      1,
    );
    const labels = result.diagnostics.clusterLabels!;
    for (const t of allSamples(tracer)) {
      expect(t.cluster).toBe(labels[t.anchor]);
      expect([...t.neighbors].every((row) => labels[row] === t.cluster)).toBe(true);
    }
  });

  it('finds SMOTENC’s neighbours by its mixed distance', () => {
    const { data, result, tracer } = traced('subscriptions-mixed', 'SMOTENC', {}, 2);
    const { anchor, neighbor, gap } = result.provenance;
    for (const t of allSamples(tracer)) {
      const i = t.index;
      expect([t.anchor, t.neighbor, t.gap]).toEqual([anchor[i], neighbor[i], gap[i]]);
      expect(t.space).toBe('class-nc');
      expect(t.neighbors[t.slot]).toBe(t.neighbor);
      expect(Math.floor(t.draw / t.k)).toBe(t.position);
      expect(data.y[t.neighbor]).toBe(t.classCode);
    }
  });

  it('says a RandomOverSampler row is a copy and a SMOTEN row a mode, with no neighbour slot', () => {
    const copies = traced('fraud-walkthrough', 'RandomOverSampler', {}, 4);
    const random = createRandom(4);
    for (const t of allSamples(copies.tracer)) {
      expect(t.kind).toBe('copy');
      expect(t.draw).toBe(random.int(8));
      expect([t.slot, t.neighbor, t.gapRule]).toEqual([-1, -1, 'none']);
    }
    const jitter = traced('fraud-walkthrough', 'RandomOverSampler', { shrinkage: 1 }, 4);
    expect(allSamples(jitter.tracer).every((t) => t.kind === 'jitter')).toBe(true);
    const modes = traced('subscriptions-mixed', 'SMOTEN', {}, 4);
    for (const t of allSamples(modes.tracer)) {
      expect(t.kind).toBe('mode');
      // The group counts the anchor itself, as imbalanced-learn's SMOTEN does (a row at VDM
      // distance 0 with a lower index may come before it).
      expect([...t.neighbors]).toContain(t.anchor);
      expect(t.distances[0]).toBe(0);
      expect(t.neighbors).toHaveLength(t.k + 1);
    }
  });

  it('explains each Tomek removal by a mutual nearest row of the other class', () => {
    const { result, tracer } = traced('overlap-noisy-minority', 'TomekLinks', {}, 0);
    expect(tracer.samples).toBe(0);
    expect(tracer.removals).toBe(result.removed.length);
    expect(tracer.removals).toBeGreaterThan(0);
    for (let r = 0; r < tracer.removals; r++) {
      const t = tracer.removal(r);
      expect(t.row).toBe(result.removed[r]);
      expect(t.rule).toBe('tomek');
      expect(t.neighborClasses[0]).not.toBe(t.classCode);
      expect(tracer.removal(r).neighbors).toHaveLength(1);
    }
  });

  it('explains each SMOTEENN removal by a disagreeing neighbour among 3, synthetic rows included', () => {
    const { result, tracer } = traced('overlap-noisy-minority', 'SMOTEENN', {}, 0);
    let synthetic = 0;
    for (let r = 0; r < tracer.removals; r++) {
      const t = tracer.removal(r);
      expect(t.rule).toBe('enn');
      expect(t.kindSel).toBe('all');
      expect(t.neighbors).toHaveLength(3);
      expect([...t.neighborClasses].some((c) => c !== t.classCode)).toBe(true);
      if (t.synthetic) synthetic++;
    }
    expect(synthetic).toBe([...result.removed].filter((p) => p >= result.nInput).length);
    expect(synthetic).toBeGreaterThan(0);
  });
});
