import { describe, expect, it } from 'vitest';
import { parseViewQuery, viewQuery } from '../../src/state/url-params';
import { applyDefaults } from '../../src/state/view-params';
import { catalog, methods } from './catalog-fixture';

const fraudEntry = catalog.find((e) => e.name === 'fraud-walkthrough')!;

describe('parseViewQuery', () => {
  it('reads the fraud link exactly', () => {
    const parsed = parseViewQuery(
      '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0',
      catalog,
      methods,
    );
    expect(parsed).toEqual({
      dataset: 'fraud-walkthrough',
      asked: { k: 3, anchor: 0, neighbor: 1, lambda: 0.4, seed: 0 },
      notices: [],
    });
  });

  it('falls back to the dataset defaults with a notice for out-of-range values', () => {
    const parsed = parseViewQuery(
      '?dataset=fraud-walkthrough&k=99&lambda=1.5&seed=-1&samples=2.5',
      catalog,
      methods,
    );
    expect(parsed.asked).toEqual({});
    expect(parsed.notices).toEqual([
      "The link's k=99 is not a whole number from 1 to 15; using k=3.",
      "The link's seed=-1 is not a whole number from 0 to 4294967295; using seed=0.",
      "The link's samples=2.5 is not a whole number from 0 to 20; using samples=3.",
      "The link's lambda=1.5 is not a number from 0 to 1; using lambda=0.4.",
    ]);
  });

  it('falls back to the first dataset for an unknown name and flags unknown keys', () => {
    const parsed = parseViewQuery('?dataset=nope&colour=red&k=abc', catalog, methods);
    expect(parsed.dataset).toBe(catalog[0].name);
    expect(parsed.notices).toEqual([
      "The link's 'colour' setting is unknown and was ignored.",
      `The link's dataset 'nope' is not built in; showing ${catalog[0].name}.`,
      "The link's k=abc is not a whole number from 1 to 15; using k=3.",
    ]);
  });

  it('drops an anchor that is not a row number and an unknown method', () => {
    const parsed = parseViewQuery('?anchor=first&neighbor=-2&method=Magic', catalog, methods);
    expect(parsed.asked).toEqual({ anchor: null, neighbor: null });
    expect(parsed.notices).toEqual([
      "The link's anchor=first is not a row number; no anchor was selected.",
      "The link's neighbor=-2 is not a row number; no neighbor was selected.",
      "The link's method 'Magic' is unknown; using SMOTE.",
    ]);
  });

  it('reads anchor=none as no anchor, without a notice', () => {
    expect(parseViewQuery('?anchor=none', catalog, methods)).toMatchObject({
      asked: { anchor: null },
      notices: [],
    });
    const view = applyDefaults(fraudEntry, { anchor: null }, 0);
    expect(viewQuery(view, 2)).toContain('&anchor=none&lambda=');
  });

  it('treats an empty value as invalid rather than as 0', () => {
    const parsed = parseViewQuery('?k=&lambda=', catalog, methods);
    expect(parsed.asked).toEqual({});
    expect(parsed.notices).toHaveLength(2);
  });
});

describe('applyDefaults', () => {
  it('opens a dataset with its preset anchor and neighbour', () => {
    const view = applyDefaults(fraudEntry, {}, 7);
    expect(view).toMatchObject({ k: 3, anchor: 0, neighbor: 1, lambda: 0.4, seed: 7 });
  });

  it('drops the preset neighbour when the link picks its own anchor', () => {
    expect(applyDefaults(fraudEntry, { anchor: 2 }, 0)).toMatchObject({
      anchor: 2,
      neighbor: null,
    });
    expect(applyDefaults(fraudEntry, { anchor: null }, 0)).toMatchObject({ anchor: null });
  });
});

describe('viewQuery', () => {
  it('writes the view back so that reading it gives the same view', () => {
    const view = applyDefaults(fraudEntry, { seed: 12, samples: 5, resampled: true }, 0);
    const query = viewQuery(view, 2);
    expect(query).toBe(
      '?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=12&samples=5&resampled=1',
    );
    const again = parseViewQuery(query, catalog, methods);
    expect(applyDefaults(fraudEntry, again.asked, 0)).toEqual(view);
  });

  it('writes the axes only for three or more features', () => {
    const loan = catalog.find((e) => e.name === 'loan-default')!;
    const view = applyDefaults(loan, { x: 'age' }, 0);
    expect(viewQuery(view, 3)).toContain('&x=age&y=loan_amount');
    expect(viewQuery(view, 2)).not.toContain('x=');
  });
});

describe('method parameters in the link', () => {
  it('reads p.<name> for the method the link names, and flags names it does not have', () => {
    const parsed = parseViewQuery(
      '?dataset=fraud-walkthrough&method=borderlinesmote&p.kind=borderline-2&p.out_step=0.3',
      catalog,
      methods,
    );
    expect(parsed.asked).toEqual({ method: 'BorderlineSMOTE', params: { kind: 'borderline-2' } });
    expect(parsed.notices).toEqual([
      "The link's p.out_step is not a parameter of BorderlineSMOTE; ignored.",
    ]);
  });

  it('writes the changed parameters after the method, and reads them back', () => {
    const view = applyDefaults(
      fraudEntry,
      { method: 'SMOTEENN', params: { sampling_strategy: '{"fraud":30}' } },
      0,
    );
    const query = viewQuery(view, 2);
    expect(query).toContain('&method=SMOTEENN&p.sampling_strategy=%7B%22fraud%22%3A30%7D&k=3');
    const again = parseViewQuery(query, catalog, methods);
    expect(applyDefaults(fraudEntry, again.asked, 0)).toEqual(view);
  });

  it('leaves out the method a dataset opens with, and writes it when it differs', () => {
    const mixed = catalog.find((e) => e.name === 'subscriptions-mixed')!;
    expect(applyDefaults(mixed, {}, 0).method).toBe('SMOTENC');
    expect(viewQuery(applyDefaults(mixed, {}, 0), 2, 'SMOTENC')).not.toContain('method=');
    expect(viewQuery(applyDefaults(mixed, { method: 'SMOTE' }, 0), 2, 'SMOTENC')).toContain(
      'method=SMOTE&',
    );
  });
});
