import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fail } from '../../src/core/outcome';
import { selectViewParams } from '../../src/state/selectors';
import { parseViewQuery, viewQuery } from '../../src/state/url-params';
import { catalog, methods, openStore } from './catalog-fixture';

const fixture = (file: string) =>
  readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');

describe('opening a file of the user’s own', () => {
  it('shows the file with its report and keeps the method, k and seed on screen', async () => {
    const { store, worker } = await openStore('?dataset=fraud-walkthrough&k=3&seed=4');
    await store.getState().resample();
    await store.getState().openCsvSource(fixture('good/multi-column.csv'), 'multi-column.csv');
    const s = store.getState();
    expect(worker.calls).toContain('open multi-column.csv');
    expect(s.datasetName).toBe('multi-column.csv');
    expect(s.datasetSource).toBe('upload');
    expect(s.dataset?.n).toBe(40);
    expect(s.dataset?.featureNames).toEqual(['amount', 'age', 'score']);
    expect(s.datasetReport?.labelGuessed).toBe(true);
    expect(s.datasetReport?.minorityClass).toBe('yes');
    expect(s.datasetHeader).toEqual(['amount', 'age', 'score', 'channel', 'class', 'region']);
    expect([s.k, s.seed, s.method, s.result, s.anchor]).toEqual([3, 4, 'SMOTE', null, null]);
    expect(s.uploadError).toBeNull();
  });

  it('refuses a bad file in one line and leaves the dataset and result as they were', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3');
    await store.getState().resample();
    const before = store.getState();
    await store.getState().openCsvSource(fixture('bad/ragged.csv'), 'ragged.csv');
    const s = store.getState();
    expect(s.uploadError).toBe(
      'Could not open ragged.csv: line 5 (data row 4) has 2 fields, the header has 3',
    );
    expect(s.dataset).toBe(before.dataset);
    expect(s.result).toBe(before.result);
    expect(s.datasetName).toBe('fraud-walkthrough');
    expect(s.datasetReport).toBe(before.datasetReport);
  });

  it('changes the label column from the parsed table, without reading the file again', async () => {
    const { store, worker } = await openStore('?dataset=fraud-walkthrough&k=3');
    await store.getState().openCsvSource(fixture('good/multi-column.csv'), 'multi-column.csv');
    await store.getState().setLabelColumn('region');
    const s = store.getState();
    expect(worker.calls.filter((c) => c.startsWith('open'))).toHaveLength(1);
    expect(worker.calls.at(-1)).toBe('relabel {"label":"region","missing":"drop"}');
    expect(s.dataset?.labelName).toBe('region');
    expect(s.dataset?.categorical.map((c) => c.name)).toEqual(['channel', 'class']);
    expect(s.datasetReport?.labelGuessed).toBe(false);
    expect(s.datasetName).toBe('multi-column.csv');
  });

  it('reads the file again when the worker has lost its table (after a cancelled read)', async () => {
    const { store, worker } = await openStore('?dataset=fraud-walkthrough&k=3');
    await store.getState().openCsvSource(fixture('good/multi-column.csv'), 'multi-column.csv');
    worker.relabelCsv = async () => fail('the parsed file is no longer in the worker');
    await store.getState().setLabelColumn('region');
    expect(worker.calls.filter((c) => c.startsWith('open'))).toHaveLength(2);
    expect(store.getState().dataset?.labelName).toBe('region');
  });

  it('a label column with thousands of values is refused, the dataset kept', async () => {
    const { store } = await openStore('?dataset=large-40k-points&k=3');
    const before = store.getState().dataset;
    await store.getState().setLabelColumn('feature_1');
    expect(store.getState().uploadError).toMatch(
      /^Could not apply that to large-40k-points: label column 'feature_1' has [\d,]+ different values: too many classes for a label \(at most 100\)/,
    );
    expect(store.getState().dataset).toBe(before);
  }, 30_000);
});

describe('links to an opened file', () => {
  it('name the file instead of a dataset, and carry no data', async () => {
    const { store } = await openStore('?dataset=fraud-walkthrough&k=3');
    await store.getState().openCsvSource(fixture('good/tabs.tsv'), 'tabs.tsv');
    const s = store.getState();
    const query = viewQuery(selectViewParams(s)!, s.dataset!.d, 'SMOTE', 'upload');
    expect(query).toBe('?file=tabs.tsv&k=3&anchor=none&lambda=0.4&seed=0&samples=3');
  });

  it('give the file its rows and axes when that file is opened', async () => {
    const { store } = await openStore('?file=tabs.tsv&k=3&anchor=9&x=score&y=amount');
    expect(store.getState().datasetName).toBe('fraud-walkthrough');
    expect(store.getState().k).toBe(3);
    await store.getState().openCsvSource(fixture('good/crlf.csv'), 'crlf.csv');
    expect(store.getState().anchor).toBeNull();
    await store.getState().openCsvSource(fixture('good/tabs.tsv'), 'tabs.tsv');
    const s = store.getState();
    expect([s.anchor, s.xFeature, s.yFeature]).toEqual([9, 1, 0]);
    expect(selectViewParams(s)).toMatchObject({ dataset: 'tabs.tsv', anchor: 9, x: 'score' });
  });

  it('open on a built-in dataset with the settings and a notice naming the file', () => {
    const parsed = parseViewQuery(
      '?file=tabs.tsv&k=4&anchor=2&x=amount&resampled=1',
      catalog,
      methods,
    );
    expect(parsed.dataset).toBe('fraud-walkthrough');
    expect(parsed.asked).toEqual({ k: 4 });
    expect(parsed.file).toEqual({ name: 'tabs.tsv', anchor: 2, x: 'amount' });
    expect(parsed.notices).toEqual([
      "This link was made on tabs.tsv, a file opened on that computer: a link keeps the settings, never the data. Showing fraud-walkthrough with the link's settings; open tabs.tsv with Open CSV to use them on it.",
    ]);
  });
});
