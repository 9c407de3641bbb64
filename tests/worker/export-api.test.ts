import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, resample } from '../../src/worker/api';
import { exportResult } from '../../src/worker/export-api';
import { runInMemory } from '../cli/memory-io';

const formulaCsv = readFileSync(
  new URL('../fixtures/good/formula-cells.csv', import.meta.url),
  'utf8',
);

function dataset() {
  const parsed = parseDataset(formulaCsv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exportResult in the worker', () => {
  const request = {
    method: 'SMOTENC',
    params: { k_neighbors: 3, sampling_strategy: 'auto', categorical_features: [] },
    seed: 7,
  };
  const cli = runInMemory(
    ['resample', 'in.csv', '--method', 'SMOTENC', '--param', 'k_neighbors=3', '--seed', '7'],
    { 'in.csv': formulaCsv },
  );

  it('writes the same bytes as smote-lab resample --format csv, after a run and without one', () => {
    expect(cli.code).toBe(0);
    const data = dataset();
    const fresh = exportResult({ dataset: data, ...request, format: 'csv' });
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(decode(fresh.value)).toBe(cli.stdout);
    // After the run the page made, the export reuses that run's rows.
    const run = resample({ dataset: data, ...request });
    if (!run.ok) throw new Error(run.error.message);
    // The summary's arrays go to the page by transfer, which empties them in the worker.
    const { provenance, removed } = run.value;
    const buffers = [provenance.anchor, provenance.neighbor, provenance.gap, removed].map(
      (a) => a.buffer as ArrayBuffer,
    );
    structuredClone(buffers, { transfer: buffers });
    expect(provenance.anchor.length).toBe(0);
    const reused = exportResult({ dataset: dataset(), ...request, format: 'csv' });
    if (!reused.ok) throw new Error(reused.error.message);
    expect(reused.value).toEqual(fresh.value);
  });

  it('neutralises labels, categories and header cells that start like formulas, not numbers', () => {
    const lines = cli.stdout.split('\n');
    expect(lines[0]).toBe("amount,'=score,channel,label,synthetic,anchor,neighbor,gap");
    expect(lines[1]).toBe(
      `-2.62,0.177,"'=HYPERLINK(""http://example.org/x"",""click"")",'-cmd,0,,,`,
    );
    expect(lines[2]).toBe("-1.3,0.416,'+web,'-cmd,0,,,");
    expect(lines[3]).toBe("1.26,-1.738,-1.5,'-cmd,0,,,");
    expect(lines[4]).toBe("-1.87,1.35,'@home,'@risk,0,,,");
    expect(lines[5]).toBe("-2.41,-1.063,'=cmd|calc,'-cmd,0,,,");
    expect(lines[7]).toBe("3.36,-0.095,'+1+2,'-cmd,0,,,");
    const synthetic = lines.filter((line) => /,1,\d+,\d+,[\d.e-]+$/.test(line));
    const majority = lines.filter((line) => line.endsWith(",'-cmd,0,,,")).length;
    const minority = lines.filter((line) => line.endsWith(",'@risk,0,,,")).length;
    expect([majority, minority]).toEqual([12, 8]);
    expect(synthetic.length).toBe(majority - minority);
    for (const line of synthetic) expect(line).toMatch(/,'@risk,1,/);
  });

  it('writes JSON as --format json does, and says so when the run fails', () => {
    const json = runInMemory(
      [
        'resample',
        'in.csv',
        '--method',
        'SMOTENC',
        '--param',
        'k_neighbors=3',
        '--seed',
        '7',
        '--format',
        'json',
      ],
      { 'in.csv': formulaCsv },
    );
    const out = exportResult({ dataset: dataset(), ...request, format: 'json' });
    if (!out.ok) throw new Error(out.error.message);
    expect(decode(out.value)).toBe(json.stdout);
    const bad = exportResult({
      dataset: dataset(),
      method: 'SMOTE',
      params: {},
      seed: 0,
      format: 'csv',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.message).toMatch(/SMOTE needs numeric features; column 'channel'/);
  });

  it('places the label where the header puts it', () => {
    const out = exportResult({
      dataset: dataset(),
      ...request,
      format: 'csv',
      header: ['label', 'amount', '=score', 'channel'],
    });
    if (!out.ok) throw new Error(out.error.message);
    expect(decode(out.value).split('\n')[1]).toMatch(/^'-cmd,-2.62,0.177,/);
  });
});
