// The protocol against scikit-learn + imbalanced-learn (make_protocol_fixtures.py) on the same
// splits: the resampling draws differ, so means agree within 0.03, not exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../../src/core/data/dataset';
import { type EvaluationReport, evaluateResampling } from '../../../src/core/evaluation/protocol';
import type { ClassifierName } from '../../../src/core/learn/classifier';
import { foldFromAssignment } from '../../../src/core/learn/cross-validation';
import { createRandom } from '../../../src/core/random';

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
interface ReferenceDataset {
  name: string;
  X: number[][];
  y: number[];
  folds: number[][];
  runs: ReferenceRun[];
}

const file = join(import.meta.dirname, '..', '..', 'reference', 'fixtures', 'learn-protocol.json');
const reference = JSON.parse(readFileSync(file, 'utf8')) as { datasets: ReferenceDataset[] };

function ours(ref: ReferenceDataset, classifier: ClassifierName): EvaluationReport {
  const data = datasetFromRows({ rows: ref.X, labels: ref.y });
  const splits = ref.folds.flatMap((foldOf, repeat) =>
    [0, 1, 2, 3, 4].map((fold) => foldFromAssignment(Int32Array.from(foldOf), fold, repeat)),
  );
  const methods = [
    ...new Set(ref.runs.filter((r) => r.classifier === classifier).map((r) => r.method)),
  ];
  const report = evaluateResampling(
    data,
    { methods, classifier, splits },
    { random: createRandom(0) },
  );
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
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
      const mine = report.results.find((r) => r.method === run.method);
      expect(mine).toBeDefined();
      expect(Math.abs((mine?.metrics.roc_auc.mean ?? Number.NaN) - run.roc_auc.mean)).toBeLessThan(
        0.03,
      );
      expect(Math.abs((mine?.metrics.recall.mean ?? Number.NaN) - run.recall.mean)).toBeLessThan(
        0.03,
      );
    },
  );

  it("ranks 'none' and SMOTE by recall as imbalanced-learn does", () => {
    const theirs = (m: string) => runs.find((r) => r.method === m)?.recall.mean ?? Number.NaN;
    const mine = (m: string) =>
      report.results.find((r) => r.method === m)?.metrics.recall.mean ?? Number.NaN;
    expect(Math.sign(mine('SMOTE') - mine('none'))).toBe(
      Math.sign(theirs('SMOTE') - theirs('none')),
    );
  });
});
