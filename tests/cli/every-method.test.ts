// Every registry method through the command, on a small overlapping two-class file with and without
// a text column: the JSON and CSV agree, input rows come out unchanged, a second run is identical.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random';
import { listMethods } from '../../src/core/sampling/registry';
import { runInMemory } from './memory-io';

interface Sample {
  row: number | null;
  label: string;
  values: (number | string)[];
  anchor: number | null;
  neighbor: number | null;
  gap: number | null;
}

/** 42 rows, 12 of them 'min' shifted toward the 'maj' cloud; with or without a text column. */
function overlappingCsv(withText: boolean) {
  const random = createRandom(11);
  const rows: (number | string)[][] = [];
  const labels: string[] = [];
  for (let i = 0; i < 42; i++) {
    const minority = i % 7 < 2;
    const shift = minority ? 1.2 : 0;
    const x = Math.round((random.normal() + shift) * 1000) / 1000;
    const y = Math.round((random.normal() + shift) * 1000) / 1000;
    const color = minority ? 'blue' : i % 2 ? 'red' : 'green';
    rows.push(withText ? [x, color, y] : [x, y]);
    labels.push(minority ? 'min' : 'maj');
  }
  const header = withText ? 'x,color,y,label' : 'x,y,label';
  const text = [header, ...rows.map((r, i) => `${r.join(',')},${labels[i]}`)].join('\n');
  return { header, text, rows, labels, files: { 'o.csv': text } };
}

const inputs = { numeric: overlappingCsv(false), mixed: overlappingCsv(true) };
type InputName = keyof typeof inputs;
const runJson = (name: string, input: InputName) =>
  runInMemory(['resample', 'o.csv', '--method', name, '--format', 'json'], inputs[input].files);

function csvLine(s: Sample): string {
  const provenance = [s.row === null ? 1 : 0, s.anchor, s.neighbor, s.gap].map((v) =>
    v === null ? '' : String(v),
  );
  return [...s.values.map(String), s.label, ...provenance].join(',');
}

describe.each(listMethods().map((e) => [e.name]))('%s through smote-lab resample', (name) => {
  it('succeeds on numeric or mixed data; a refusal is exit 2 and one line', () => {
    const codes = (['numeric', 'mixed'] as const).map((input) => {
      const run = runJson(name, input);
      if (run.code === 0) expect(run.stderr).toBe('');
      else
        expect([run.code, run.stdout, run.stderr]).toEqual([
          2,
          '',
          expect.stringMatching(/^smote-lab: [^\n]+\n$/),
        ]);
      return run.code;
    });
    expect(codes).toContain(0);
  });

  it.each(['numeric', 'mixed'] as const)(
    'counts, input rows and provenance hold together (%s)',
    (input) => {
      const json = runJson(name, input);
      if (json.code !== 0) return;
      const data = inputs[input];
      const doc = JSON.parse(json.stdout);
      const samples: Sample[] = doc.samples;
      expect(doc.counts_before).toEqual({ maj: 30, min: 12 });
      const tally: Record<string, number> = { maj: 0, min: 0 };
      for (const s of samples) tally[s.label]++;
      expect(doc.counts_after).toEqual(tally);
      for (const s of [...samples, ...doc.removed] as Sample[]) {
        if (s.row !== null) {
          expect([s.values, s.label]).toEqual([data.rows[s.row], data.labels[s.row]]);
          expect([s.anchor, s.neighbor, s.gap]).toEqual([null, null, null]);
        } else {
          expect(s.anchor).toBeGreaterThanOrEqual(0);
          expect(s.anchor).toBeLessThan(42);
          expect(s.values.map((v) => typeof v)).toEqual(data.rows[0].map((v) => typeof v));
        }
      }
      const kept = new Set(samples.map((s) => s.row).filter((r) => r !== null));
      for (const s of doc.removed as Sample[])
        if (s.row !== null) expect(kept.has(s.row)).toBe(false);
    },
  );

  it.each(['numeric', 'mixed'] as const)(
    'writes the same rows as CSV, identical on a rerun, input untouched (%s)',
    (input) => {
      const json = runJson(name, input);
      if (json.code !== 0) return;
      const { files, header, text } = inputs[input];
      const csv = runInMemory(['resample', 'o.csv', '--method', name], files);
      const again = runInMemory(['resample', 'o.csv', '--method', name], files);
      expect(again.stdout).toBe(csv.stdout);
      expect(csv.files.get('o.csv')).toBe(text);
      const samples: Sample[] = JSON.parse(json.stdout).samples;
      expect(csv.stdout).toBe(
        [`${header},synthetic,anchor,neighbor,gap`, ...samples.map(csvLine), ''].join('\n'),
      );
    },
  );
});
