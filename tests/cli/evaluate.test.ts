import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random';
import { runInMemory } from './memory-io';

// 60 rows: 48 'common' around 0 and 12 'rare' around 1.5, in two columns, label last.
function overlappingCsv(): string {
  const random = createRandom(3);
  const lines = ['a,b,label'];
  for (let i = 0; i < 60; i++) {
    const rare = i % 5 === 4;
    const shift = rare ? 1.5 : 0;
    lines.push(`${random.normal() + shift},${random.normal() + shift},${rare ? 'rare' : 'common'}`);
  }
  return lines.join('\n');
}

const files = { 'd.csv': overlappingCsv(), 'three.csv': 'x,label\n1,a\n2,b\n3,c\n4,a\n' };
const evaluate = (...rest: string[]) => runInMemory(['evaluate', ...rest], files);

function failure(run: { code: number; stdout: string; stderr: string }): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^smote-lab: [^\n]+\n$/);
  return run.stderr.slice('smote-lab: '.length, -1);
}

interface JsonReport {
  positive_class: string;
  folds: number;
  repeats: number;
  results: {
    method: string;
    classifier: string;
    metrics: Record<string, { mean: number; std: number }>;
    confusion_matrix: { tp: number; fp: number; tn: number; fn: number };
  }[];
}

describe('smote-lab evaluate, JSON', () => {
  const run = evaluate(
    'd.csv',
    '--methods',
    'none,SMOTE,class_weight',
    '--format',
    'json',
    '--folds',
    '3',
  );
  const report = JSON.parse(run.stdout) as JsonReport;

  it('exits 0 with one result per method, each metric as {mean, std}', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(report.positive_class).toBe('rare');
    expect([report.folds, report.repeats]).toEqual([3, 2]);
    expect(report.results.map((r) => [r.method, r.classifier])).toEqual([
      ['none', 'logistic'],
      ['SMOTE', 'logistic'],
      ['class_weight', 'logistic'],
    ]);
    for (const r of report.results) {
      expect(Object.keys(r.metrics)).toEqual([
        'recall',
        'precision',
        'f1',
        'pr_auc',
        'roc_auc',
        'g_mean',
        'balanced_accuracy',
      ]);
      for (const { mean, std } of Object.values(r.metrics)) {
        expect(mean).toBeGreaterThanOrEqual(0);
        expect(mean).toBeLessThanOrEqual(1);
        expect(std).toBeGreaterThanOrEqual(0);
      }
      const m = r.confusion_matrix;
      expect([m.tp + m.fn, m.tp + m.fp + m.tn + m.fn]).toEqual([24, 120]);
    }
    expect(report.results[1].metrics.recall.mean).toBeGreaterThan(
      report.results[0].metrics.recall.mean,
    );
  });

  it('is byte-identical for the same seed and differs for another', () => {
    const again = evaluate(
      'd.csv',
      '--methods',
      'none,SMOTE,class_weight',
      '--format',
      'json',
      '--folds',
      '3',
    );
    expect(again.stdout).toBe(run.stdout);
    const other = evaluate(
      'd.csv',
      '--methods',
      'none,SMOTE,class_weight',
      '--format',
      'json',
      '--folds',
      '3',
      '--seed',
      '9',
    );
    expect(other.stdout).not.toBe(run.stdout);
  });
});

describe('smote-lab evaluate, table', () => {
  const run = evaluate('d.csv', '--methods', 'none,SMOTE', '--classifier', 'knn');
  const lines = run.stdout.trimEnd().split('\n');

  it('prints an aligned table: a header, a rule, a row per method and a note', () => {
    expect(run.code).toBe(0);
    expect(lines[0]).toMatch(
      /^method\s+recall\s+precision\s+F1\s+PR AUC\s+ROC AUC\s+G-mean\s+bal\. acc\.\s+TP FP TN FN$/,
    );
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines[2].startsWith('none ')).toBe(true);
    expect(lines[3].startsWith('SMOTE')).toBe(true);
    expect(lines[2].length).toBe(lines[0].length);
    expect(lines[4]).toContain("minority class 'rare'");
  });

  it('marks the best mean of each column with *, once per column here', () => {
    const json = JSON.parse(
      evaluate('d.csv', '--methods', 'none,SMOTE', '--classifier', 'knn', '--format', 'json')
        .stdout,
    ) as JsonReport;
    const [none, smote] = json.results;
    const recallBest = smote.metrics.recall.mean > none.metrics.recall.mean ? 3 : 2;
    const recallCell = (line: string) => line.split(/\s{2,}/)[1];
    expect(recallCell(lines[recallBest]).endsWith('*')).toBe(true);
    expect(recallCell(lines[5 - recallBest]).endsWith('*')).toBe(false);
    expect(recallCell(lines[3])).toBe(
      `${smote.metrics.recall.mean.toFixed(3)} ± ${smote.metrics.recall.std.toFixed(3)}${recallBest === 3 ? ' *' : ''}`,
    );
  });
});

describe('smote-lab evaluate, mistakes', () => {
  it.each([
    [['d.csv'], 'missing --methods <list>, e.g. --methods none,class_weight,SMOTE,ADASYN'],
    [['--methods', 'none'], 'missing the input file: smote-lab evaluate <file.csv> ...'],
    [
      ['d.csv', '--methods', 'none', '--classifier', 'svm'],
      "--classifier must be logistic, knn, tree; got 'svm'",
    ],
    [
      ['d.csv', '--methods', 'none', '--folds', '1'],
      "--folds must be an integer from 2 to 1000; got '1'",
    ],
    [
      ['d.csv', '--methods', 'none', '--format', 'csv'],
      "--format must be table or json; got 'csv'",
    ],
    [
      ['d.csv', '--methods', 'none', '--method', 'SMOTE'],
      "unknown option '--method'; options are --methods, --classifier, --label, --folds, --repeats, --seed, --format, --help",
    ],
    [
      ['d.csv', '--methods', 'none,,SMOTE'],
      "--methods takes names separated by commas; got 'none,,SMOTE'",
    ],
    [
      ['d.csv', '--methods', 'none,Fancy'],
      "d.csv: unknown method 'Fancy'; choose from none, class_weight, SMOTE",
    ],
    [
      ['d.csv', '--methods', 'class_weight', '--classifier', 'knn'],
      "d.csv: method 'class_weight' has no meaning for classifier 'knn'",
    ],
    [
      ['d.csv', '--methods', 'none', '--folds', '13'],
      "d.csv: folds = 13 is more than the 12 rows of class 'rare'",
    ],
    [
      ['three.csv', '--methods', 'none'],
      "three.csv: folds = 5 is more than the 1 row of class 'b'",
    ],
    [['gone.csv', '--methods', 'none'], "cannot read 'gone.csv': no such file or folder"],
  ])('%j → exit 2 and one line', (argv, start) => {
    expect(failure(evaluate(...argv)).startsWith(start)).toBe(true);
  });

  it('leaves resample as it was', () => {
    expect(runInMemory(['resample', 'd.csv', '--method', 'SMOTE'], files).code).toBe(0);
  });
});
