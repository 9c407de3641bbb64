import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listMethods } from '../../src/core/sampling/registry';
import { describeMethods, parseDataset, resample } from '../../src/worker/api';

const fraudCsv = readFileSync(
  new URL('../../public/datasets/fraud-walkthrough.csv', import.meta.url),
  'utf8',
);

function fraud() {
  const parsed = parseDataset(fraudCsv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('worker api', () => {
  it('parses a built-in CSV with the label in the last column', () => {
    const data = fraud();
    expect(data.featureNames).toEqual(['transaction_amount', 'time_of_day']);
    expect(data.labelName).toBe('fraud');
    expect(data.classNames).toEqual(['fraud', 'legitimate']);
    expect([...data.X.subarray(0, 8)]).toEqual([120, 280, 160, 230, 190, 300, 140, 190]);
  });

  it('runs SMOTE with sampling_strategy auto and reports counts before and after', () => {
    const data = fraud();
    const run = resample({
      dataset: data,
      method: 'SMOTE',
      params: { k_neighbors: 3, sampling_strategy: 'auto' },
      seed: 0,
    });
    if (!run.ok) throw new Error(run.error.message);
    const s = run.value;
    expect([...s.countsBefore]).toEqual([8, 40]);
    expect([...s.countsAfter]).toEqual([40, 40]);
    expect(s.nInput).toBe(48);
    expect(s.syntheticY.length).toBe(32);
    expect(s.syntheticX.length).toBe(64);
    for (let r = 0; r < 32; r++) {
      const a = s.provenance.anchor[r];
      const b = s.provenance.neighbor[r];
      const gap = s.provenance.gap[r];
      expect(data.y[a]).toBe(0);
      expect(data.y[b]).toBe(0);
      for (let j = 0; j < 2; j++) {
        const x = data.X[a * 2 + j];
        expect(s.syntheticX[r * 2 + j]).toBe(x + gap * (data.X[b * 2 + j] - x));
      }
    }
  });

  it('returns the class-size explanation when k is too large', () => {
    const run = resample({
      dataset: fraud(),
      method: 'SMOTE',
      params: { k_neighbors: 10, sampling_strategy: 'auto' },
      seed: 0,
    });
    expect(run.ok || run.error.message).toBe(
      'class fraud has 8 samples; k_neighbors can be at most 7 (it is 10)',
    );
  });

  it('gives the same synthetic rows for the same seed', () => {
    const request = { dataset: fraud(), method: 'SMOTE', params: { k_neighbors: 3 }, seed: 5 };
    const a = resample(request);
    const b = resample(request);
    if (!a.ok || !b.ok) throw new Error('SMOTE failed');
    expect(b.value.syntheticX).toEqual(a.value.syntheticX);
    expect(b.value.provenance).toEqual(a.value.provenance);
  });

  it('describes every registry method as plain data the page can build forms from', () => {
    const described = describeMethods();
    expect(described.map((m) => m.name)).toEqual(listMethods().map((m) => m.name));
    for (const info of described) {
      expect(info).not.toHaveProperty('run');
      // Plain data survives the structured clone postMessage makes, unchanged.
      expect(structuredClone(info)).toEqual(info);
      expect(info.params.length).toBeGreaterThan(0);
      expect(info.lesson.length).toBeGreaterThan(10);
    }
    const borderline = described.find((m) => m.name === 'BorderlineSMOTE')!;
    expect(borderline.params.find((p) => p.name === 'kind')?.choices).toEqual([
      'borderline-1',
      'borderline-2',
    ]);
  });

  it('passes diagnostics, removed rows and output counts through', () => {
    const data = fraud();
    const border = resample({
      dataset: data,
      method: 'BorderlineSMOTE',
      params: { k_neighbors: 3 },
      seed: 0,
    });
    if (!border.ok) throw new Error(border.error.message);
    expect([...border.value.diagnostics.danger!]).toEqual([0, 1, 2, 3]);
    expect(border.value.diagnostics.noise).toHaveLength(0);
    const enn = resample({
      dataset: data,
      method: 'SMOTEENN',
      params: { k_neighbors: 3 },
      seed: 0,
    });
    if (!enn.ok) throw new Error(enn.error.message);
    const { removed, countsAfter, syntheticY, nInput } = enn.value;
    expect(removed.length).toBeGreaterThan(0);
    // Counts after are the output: the synthetic rows added, the removed rows taken away.
    const expected = [8, 40];
    for (let i = 0; i < syntheticY.length; i++) expected[syntheticY[i]]++;
    for (const p of removed) expected[p < nInput ? data.y[p] : syntheticY[p - nInput]]--;
    expect([...countsAfter]).toEqual(expected);
    expect(enn.value.warnings[0]).toMatch(/^EditedNearestNeighbours removed \d+ rows after SMOTE/);
  });
});
