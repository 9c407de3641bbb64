import { describe, expect, it } from 'vitest';
import { removalLines } from '../../../src/ui/stepper/run-text';
import { ordinal, placeLine, stepLines } from '../../../src/ui/stepper/step-text';
import { traced } from '../../core/sampling/built-in';

describe('the stepper’s narration', () => {
  it('counts 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });

  it('tells a SMOTE sample with its draw, its neighbours and λ', () => {
    const { data, tracer } = traced('fraud-walkthrough', 'SMOTE', { k_neighbors: 3 });
    const t = tracer.sample(0);
    expect(stepLines(data, t, 'anchor', 'SMOTE')).toEqual([
      'SMOTE draws one whole number j from 0 to 23 for each sample: the 8 rows of class fraud × k = 3 neighbour slots.',
      `Here j = ${t.draw}, so the anchor is number ⌊${t.draw} / 3⌋ = ${t.position} in that list (counting from 0): row ${t.anchor}.`,
      'Anchor x: transaction_amount 140, time_of_day 190.',
    ]);
    expect(t.anchor).toBe(3);
    expect(stepLines(data, t, 'neighbors', 'SMOTE')).toEqual([
      'Its k = 3 nearest rows of class fraud only, in all 2 features (Euclidean distance; ties go to the lower row).',
      'The ring through the 3rd nearest, 120.8 away, holds them all.',
    ]);
    expect(stepLines(data, t, 'neighbors', 'SMOTE', { scaling: 'min-max', ring: true })).toEqual([
      'Its k = 3 nearest rows of class fraud only, in all 2 features (Euclidean distance; ties go to the lower row).',
      "Distances are measured on min-max scaled features; the values shown are the file's own.",
      'The ring through the 3rd nearest, 120.8 away, holds them all.',
    ]);
    expect(stepLines(data, t, 'neighbors', 'SMOTE', { scaling: 'none', ring: false })).toEqual([
      'Its k = 3 nearest rows of class fraud only, in all 2 features (Euclidean distance; ties go to the lower row).',
      'No ring is drawn: PC1 and PC2 show the standardised features, where a ball of this search on unscaled features is no circle.',
    ]);
    expect(stepLines(data, t, 'neighbor', 'SMOTE')).toEqual([
      `The same j picks the neighbour: ${t.draw} mod 3 = slot ${t.slot}, the ${ordinal(t.slot + 1)} nearest: row 0 = (120, 280), 92.2 away.`,
    ]);
    expect(stepLines(data, t, 'lambda', 'SMOTE')).toEqual([
      'λ = 0.3834, drawn uniformly from [0, 1).',
      'The new point lies 38.3% of the way from the anchor (λ = 0) to the neighbour (λ = 1).',
    ]);
    expect(placeLine(t, 'SMOTE')).toBe(
      'x_new = (132.331, 224.509), on the segment between row 3 and row 0.',
    );
  });

  it('names the danger rows, the whole-data search and the halved λ of borderline-2', () => {
    const { data, tracer, result } = traced(
      'overlap-noisy-minority',
      'BorderlineSMOTE',
      { kind: 'borderline-2' },
      1,
    );
    const samples = Array.from({ length: tracer.samples }, (_, i) => tracer.sample(i));
    const t = samples.find((s) => data.y[s.neighbor] !== s.classCode)!;
    const name = data.classNames[t.classCode];
    const danger = result.diagnostics.danger!.filter((r) => data.y[r] === t.classCode).length;
    expect(stepLines(data, t, 'anchor', 'BorderlineSMOTE')[0]).toBe(
      `BorderlineSMOTE draws one whole number j from 0 to ${danger * 5 - 1} for each sample: the ${danger} ${name} rows in danger (at least half, but not all, of their m_neighbors nearest rows are of another class) × k = 5 neighbour slots.`,
    );
    expect(stepLines(data, t, 'neighbors', 'BorderlineSMOTE')[0]).toContain(
      'Its k = 5 nearest rows of any class (borderline-2 searches the whole data)',
    );
    expect(stepLines(data, t, 'neighbor', 'BorderlineSMOTE')[1]).toBe(
      `Row ${t.neighbor} is of class ${data.classNames[data.y[t.neighbor]]}, not ${name}: borderline-2 may step toward another class, at most halfway.`,
    );
    expect(stepLines(data, t, 'lambda', 'BorderlineSMOTE')[0]).toContain(
      `λ = ${Number(t.gap.toPrecision(4))}: toward another class`,
    );
  });

  it('speaks of KMeansSMOTE’s cluster and of SMOTENC’s and SMOTEN’s own distances', () => {
    const km = traced('blobs-split-minority', 'KMeansSMOTE', { cluster_balance_threshold: 0.1 }, 1);
    const k0 = km.tracer.sample(0);
    expect(stepLines(km.data, k0, 'anchor', 'KMeansSMOTE')[0]).toContain(
      `rows of k-means cluster ${k0.cluster} × k = 2 neighbour slots`,
    );
    expect(stepLines(km.data, k0, 'neighbors', 'KMeansSMOTE')[0]).toContain(
      `inside k-means cluster ${k0.cluster}`,
    );
    const nc = traced('subscriptions-mixed', 'SMOTENC', {}, 2);
    expect(stepLines(nc.data, nc.tracer.sample(0), 'neighbors', 'SMOTENC')).toEqual([
      expect.stringContaining(
        "by SMOTENC's distance: the numeric differences, plus the median of the class's numeric standard deviations",
      ),
      'No ring is drawn: this distance is not the one the axes show.',
    ]);
    const n = traced('subscriptions-mixed', 'SMOTEN', {}, 2);
    const m = n.tracer.sample(0);
    expect(stepLines(n.data, m, 'neighbors', 'SMOTEN')[0]).toContain('the anchor itself included');
    expect(placeLine(m, 'SMOTEN')).toBe(
      'Each feature takes the most common value among the anchor and its 5 neighbours (ties: the value that sorts first).',
    );
  });

  it('tells why ENN removed a row, with the classes of its neighbours', () => {
    const { data, tracer, result } = traced('overlap-noisy-minority', 'SMOTEENN', {}, 0);
    const r = tracer.removal(0);
    const lines = removalLines(data, r, 'SMOTEENN', result.nInput);
    const classes = Array.from(r.neighborClasses, (c) => data.classNames[c]).join(', ');
    expect(lines[0]).toContain(`its 3 nearest rows are of class ${classes}`);
    expect(lines[1]).toBe(
      `Not all of them are ${data.classNames[r.classCode]} (kind_sel='all': every neighbour must agree), so EditedNearestNeighbours (SMOTEENN's cleaning step) removes it.`,
    );
  });
});
