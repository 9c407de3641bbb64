// The protocol against scikit-learn + imbalanced-learn (make_protocol_fixtures.py) on the same
// splits: the resampling draws differ, so means agree within 0.03, not exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Dataset, datasetFromRows } from '../../../src/core/data/dataset';
import { evaluateResampling } from '../../../src/core/evaluation/protocol';
import type { ClassifierName } from '../../../src/core/learn/classifier';
import { foldFromAssignment } from '../../../src/core/learn/cross-validation';
import { createRandom } from '../../../src/core/random';
import { loadTable } from '../../../src/io/table-to-dataset';

interface Summary {
  mean: number;
  std: number;
}
interface ReferenceRun {
  method: string;
  classifier: ClassifierName;
  recall: Summary;
  roc_auc: Summary;
}
interface Means {
  recall: number;
  roc_auc: number;
}

interface ReferenceDataset {
  name: string;
  /** Numbers, and strings in the categorical columns. */
  X: (number | string)[][];
  y: number[];
  /** Indices of the categorical columns of X. */
  categorical: number[];
  folds: number[][];
  runs: ReferenceRun[];
}

const file = join(import.meta.dirname, '..', '..', 'reference', 'fixtures', 'learn-protocol.json');
const reference = JSON.parse(readFileSync(file, 'utf8')) as { datasets: ReferenceDataset[] };

/** The fixture's rows as a dataset; text columns become categorical as they would from a CSV. */
function referenceData(ref: ReferenceDataset): Dataset {
  if (ref.categorical.length === 0) {
    return datasetFromRows({ rows: ref.X as number[][], labels: ref.y });
  }
  const header = [...ref.X[0].map((_, j) => `c${j}`), 'label'];
  const rows = ref.X.map((row, i) => [...row.map(String), String(ref.y[i])]);
  const loaded = loadTable({ header, rows, delimiter: ',' }, { label: 'label' });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.dataset;
}

const SEEDS = [0, 1, 2, 3, 4];

/** Mean recall and ROC AUC per method, averaged over five seeds as the reference averages its own. */
function ours(ref: ReferenceDataset, classifier: ClassifierName): Map<string, Means> {
  const data = referenceData(ref);
  expect(data.categorical.length).toBe(ref.categorical.length);
  const splits = ref.folds.flatMap((foldOf, repeat) =>
    [0, 1, 2, 3, 4].map((fold) => foldFromAssignment(Int32Array.from(foldOf), fold, repeat)),
  );
  const methods = [
    ...new Set(ref.runs.filter((r) => r.classifier === classifier).map((r) => r.method)),
  ];
  const means = new Map(methods.map((m) => [m, { recall: 0, roc_auc: 0 }]));
  for (const seed of SEEDS) {
    const report = evaluateResampling(
      data,
      { methods, classifier, splits },
      { random: createRandom(seed) },
    );
    if (!report.ok) throw new Error(report.error.message);
    for (const r of report.value.results) {
      const m = means.get(r.method)!;
      m.recall += r.metrics.recall.mean / SEEDS.length;
      m.roc_auc += r.metrics.roc_auc.mean / SEEDS.length;
    }
  }
  return means;
}

const cases = reference.datasets.flatMap((ref) =>
  (['logistic', 'knn', 'tree'] as const).map((classifier) => ({ ref, classifier, name: ref.name })),
);

describe.each(cases)('protocol vs imbalanced-learn: $name, $classifier', ({ ref, classifier }) => {
  const report = ours(ref, classifier);
  const runs = ref.runs.filter((r) => r.classifier === classifier);

  it.each(runs.map((r) => ({ ...r, label: r.method })))(
    '$label: mean ROC AUC and recall within 0.03',
    (run) => {
      const mine = report.get(run.method);
      expect(mine).toBeDefined();
      expect(Math.abs((mine?.roc_auc ?? Number.NaN) - run.roc_auc.mean)).toBeLessThan(0.03);
      expect(Math.abs((mine?.recall ?? Number.NaN) - run.recall.mean)).toBeLessThan(0.03);
    },
  );

  const smote = ref.categorical.length > 0 ? 'SMOTENC' : 'SMOTE';
  it(`ranks 'none' and ${smote} by recall as imbalanced-learn does`, () => {
    const theirs = (m: string) => runs.find((r) => r.method === m)?.recall.mean ?? Number.NaN;
    const mine = (m: string) => report.get(m)?.recall ?? Number.NaN;
    expect(Math.sign(mine(smote) - mine('none'))).toBe(Math.sign(theirs(smote) - theirs('none')));
  });
});
