import { describe, expect, it } from 'vitest';
import {
  displayQuery,
  groupShown,
  parseDisplayQuery,
  withDisplay,
} from '../../src/state/display-params';
import { createAppStore } from '../../src/state/store';
import { type AddressBar, syncUrl } from '../../src/state/url-sync';
import { BASE, catalog, diskWorker } from './catalog-fixture';

describe('parseDisplayQuery', () => {
  it('reads the theme, presenter mode and the controls list in the app order', () => {
    const { display, notices } = parseDisplayQuery(
      '?dataset=x&theme=contrast&present=1&controls=stepper,dataset,inspector',
    );
    expect(display).toEqual({
      theme: 'contrast',
      presenting: true,
      controls: ['dataset', 'stepper', 'inspector'],
    });
    expect(notices).toEqual([]);
  });

  it('leaves out unknown values with a notice naming them', () => {
    const { display, notices } = parseDisplayQuery(
      '?theme=purple&present=yes&controls=plot,export',
    );
    expect(display).toEqual({ theme: null, presenting: false, controls: ['export'] });
    expect(notices).toEqual([
      "The link's theme=purple is not light, dark, contrast; following the system's colours.",
      "The link's present=yes is not 1 or 0; presenter mode is off.",
      "The link's controls list has unknown 'plot'; ignored.",
    ]);
  });

  it('treats an empty controls list as "only the plot"', () => {
    expect(parseDisplayQuery('?controls=').display.controls).toEqual([]);
    expect(parseDisplayQuery('?x=1').display.controls).toBeNull();
  });
});

describe('groupShown', () => {
  it('hides the secondary panels in presenter mode unless the link lists them', () => {
    const presenting = { theme: null, presenting: true, controls: null };
    expect(groupShown(presenting, 'export')).toBe(false);
    expect(groupShown(presenting, 'inspector')).toBe(true);
    expect(groupShown({ ...presenting, controls: ['export'] }, 'export')).toBe(true);
    expect(groupShown({ ...presenting, controls: ['export'] }, 'inspector')).toBe(false);
    expect(groupShown({ ...presenting, presenting: false }, 'export')).toBe(true);
  });
});

describe('withDisplay', () => {
  it('keeps every other key of the link and replaces the display keys', () => {
    const link = withDisplay(
      'http://host/app/?dataset=fraud-walkthrough&lesson=k-too-small&theme=dark&controls=export#top',
      { theme: 'contrast', presenting: true, controls: ['stepper', 'inspector'] },
    );
    expect(link).toBe(
      'http://host/app/?dataset=fraud-walkthrough&lesson=k-too-small&theme=contrast&present=1&controls=stepper,inspector#top',
    );
    expect(parseDisplayQuery(new URL(link).search).display.controls).toEqual([
      'stepper',
      'inspector',
    ]);
  });

  it('writes nothing for the defaults', () => {
    expect(displayQuery({ theme: null, presenting: false, controls: null }).toString()).toBe('');
  });
});

describe('the address bar', () => {
  it('keeps the display keys next to the view', async () => {
    const store = createAppStore({ worker: diskWorker(), base: BASE });
    store.getState().setCatalog(catalog);
    store.getState().applyDisplayQuery('?theme=dark&present=1&controls=inspector,stepper');
    await store.getState().openDataset('fraud-walkthrough', { anchor: 0 });
    const bar: AddressBar = { search: '', pathname: '/', hash: '', replace: () => {} };
    let written = '';
    syncUrl(store, { ...bar, replace: (url) => (written = url) });
    expect(written).toMatch(/&theme=dark&present=1&controls=stepper,inspector$/);
    store.getState().showAllControls();
    store.getState().setPresenting(false);
    expect(written).toMatch(/&theme=dark$/);
  });
});
