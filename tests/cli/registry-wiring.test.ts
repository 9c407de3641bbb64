// The command reads everything from the registry: methods registered here show how a new method's
// column parameters, warnings, removed rows and crashes come out, without knowing the method.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/data/dataset';
import { ok } from '../../src/core/outcome';
import { registerMethod } from '../../src/core/sampling/registry';
import { SyntheticRows } from '../../src/core/sampling/synthetic-rows';
import type { MethodEntry, Params } from '../../src/core/sampling/types';
import { runInMemory } from './memory-io';

const seen: { data?: Dataset; params?: Params } = {};

const probe: MethodEntry = {
  name: 'ColumnProbe',
  kind: 'cleaner',
  module: 'tests',
  params: [{ name: 'categorical_features', kind: 'columns', default: [], help: 'probe' }],
  paper: 'none',
  lesson: 'none',
  run(data, params) {
    seen.data = data;
    seen.params = params;
    const rows = new SyntheticRows(data);
    rows.addRow(1, 2, new Array(data.d).fill(9));
    const base = rows.finish('ColumnProbe', { noise: Int32Array.of(0) }, ['made 1, not 2']);
    // drops input row 0 and keeps the synthetic row
    return ok({ ...base, output: Int32Array.of(1, 2, 3), removed: Int32Array.of(0) });
  },
};

const crash: MethodEntry = {
  ...probe,
  name: 'Crash',
  params: [],
  run() {
    throw new Error('invariant broken\n    at somewhere (file.ts:1:1)');
  },
};

registerMethod(probe);
registerMethod(crash);

const files = { 'p.csv': 'size,w,label\n1,0.5,a\n2,1.5,b\n3,2.5,b\n' };

describe('a registered method with a column-list parameter', () => {
  it('gets the list as parsed text, the columns left as the file has them', () => {
    const run = runInMemory(
      ['resample', 'p.csv', '--method', 'columnprobe', '--param', 'categorical_features=size, -1'],
      files,
    );
    expect(run.code).toBe(0);
    expect(seen.params?.categorical_features).toEqual(['size', '-1']);
    expect(seen.data?.featureNames).toEqual(['size', 'w']);
    expect(seen.data?.categorical).toEqual([]);
  });

  it('prints warnings to stderr with CSV and leaves removed rows out', () => {
    const run = runInMemory(['resample', 'p.csv', '--method', 'ColumnProbe'], files);
    expect(run.stderr).toBe('smote-lab: warning: made 1, not 2\n');
    expect(run.stdout.split('\n')).toEqual([
      'size,w,label,synthetic,anchor,neighbor,gap',
      '2,1.5,b,0,,,',
      '3,2.5,b,0,,,',
      '9,9,b,1,2,,',
      '',
    ]);
  });

  it('puts warnings, diagnostics and removed rows in the JSON instead', () => {
    const run = runInMemory(
      ['resample', 'p.csv', '--method', 'ColumnProbe', '--format', 'json'],
      files,
    );
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout);
    expect(doc.counts_after).toEqual({ a: 0, b: 3 });
    expect(doc.removed).toEqual([
      { row: 0, label: 'a', values: [1, 0.5], anchor: null, neighbor: null, gap: null },
    ]);
    expect(doc.diagnostics).toEqual({ noise: [0] });
    expect(doc.warnings).toEqual(['made 1, not 2']);
  });
});

describe('a method that throws', () => {
  it('exits 1 with one line and no stack trace', () => {
    const run = runInMemory(['resample', 'p.csv', '--method', 'Crash'], files);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'smote-lab: internal error: invariant broken at somewhere (file.ts:1:1)\n',
    );
  });
});
