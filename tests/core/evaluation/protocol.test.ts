import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../../src/core/data/dataset';
import { evaluateLeakyResampling } from '../../../src/core/evaluation/leaky-evaluation';
import { type EvaluationOptions, evaluateResampling } from '../../../src/core/evaluation/protocol';
import { fitStandardScaler, transformRows } from '../../../src/core/evaluation/standard-scaler';
import { repeatedStratifiedKFold } from '../../../src/core/learn/cross-validation';
import { createRandom } from '../../../src/core/random';

// 80 majority rows around 0, 16 minority rows around 1.2 in 3 columns (seeded).
function overlapping(seed = 1) {
  const random = createRandom(seed);
  const rows: number[][] = [];
  const labels: string[] = [];
  for (let i = 0; i < 96; i++) {
    const minority = i % 6 === 5;
    rows.push([0, 1, 2].map(() => random.normal() + (minority ? 1.2 : 0)));
    labels.push(minority ? 'rare' : 'common');
  }
  return datasetFromRows({ rows, labels });
}

const data = overlapping();
const options: EvaluationOptions = {
  methods: ['none', 'SMOTE'],
  classifier: 'knn',
  folds: 4,
  repeats: 2,
};

function run(o: EvaluationOptions = options, seed = 0) {
  const report = evaluateResampling(data, o, { random: createRandom(seed) });
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
}

describe('evaluateResampling', () => {
  const report = run();

  it('scores the minority class over folds × repeats and pools every test row per repeat', () => {
    expect(report.positiveClass).toBe('rare');
    expect(report.results.map((r) => r.method)).toEqual(['none', 'SMOTE']);
    for (const r of report.results) {
      expect(r.perFold).toHaveLength(8);
      const { tp, fp, tn, fn } = r.confusion;
      expect(tp + fn).toBe(2 * 16);
      expect(tp + fp + tn + fn).toBe(2 * 96);
      expect(r.pooled.truth).toHaveLength(192);
      const recalls = r.perFold.map((f) => f.recall);
      const mean = recalls.reduce((s, v) => s + v, 0) / 8;
      expect(r.metrics.recall.mean).toBeCloseTo(mean, 12);
      expect(r.metrics.recall.std).toBeGreaterThan(0);
    }
  });

  it('raises minority recall with SMOTE over no resampling on this data', () => {
    const [none, smote] = report.results;
    expect(smote.metrics.recall.mean).toBeGreaterThan(none.metrics.recall.mean);
  });

  it('gives the same report for the same seed and another for a new one', () => {
    expect(run()).toEqual(report);
    expect(run(options, 1).results[1].metrics.recall).not.toEqual(report.results[1].metrics.recall);
  });

  it('reports progress up to 1 and stops when cancelled', () => {
    const seen: number[] = [];
    evaluateResampling(data, options, { random: createRandom(0), onProgress: (f) => seen.push(f) });
    expect(seen).toHaveLength(16);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const cancelled = evaluateResampling(data, options, {
      random: createRandom(0),
      signal: { aborted: true },
    });
    expect(!cancelled.ok && cancelled.error.message).toBe('evaluation cancelled');
  });

  it("weighs classes for 'class_weight' with logistic regression, raising recall", () => {
    const r = run({
      ...options,
      methods: ['none', 'class_weight'],
      classifier: 'logistic',
    }).results;
    expect(r[1].metrics.recall.mean).toBeGreaterThan(r[0].metrics.recall.mean);
  });

  it.each([
    [
      { ...options, methods: ['class_weight'] },
      "method 'class_weight' has no meaning for classifier 'knn'",
    ],
    [{ ...options, methods: ['SMOTE', 'smote'] }, "method 'SMOTE' is listed twice"],
    [
      { ...options, methods: ['Nope'] },
      "unknown method 'Nope'; choose from none, class_weight, SMOTE",
    ],
    [{ ...options, folds: 17 }, "folds = 17 is more than the 16 rows of class 'rare'"],
  ])('refuses %#: a one-line message', (o, start) => {
    const out = evaluateResampling(data, o, { random: createRandom(0) });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message.startsWith(start)).toBe(true);
  });

  it('refuses a single class, naming the label column', () => {
    const one = datasetFromRows({ rows: [[0], [1]], labels: ['a', 'a'], labelName: 'kind' });
    const out = evaluateResampling(one, options, { random: createRandom(0) });
    expect(!out.ok && out.error.message).toBe(
      "evaluation needs 2 classes or more in 'kind'; found 1 (a)",
    );
  });
});

describe('three classes: the minority against the rest', () => {
  // The two-class data with its common rows split into two classes, 'common' and 'usual'.
  const three = {
    ...data,
    y: data.y.map((c, i) => (c === 1 ? 1 : i % 2 === 0 ? 0 : 2)),
    classNames: ['common', 'rare', 'usual'],
  };
  const drawn = repeatedStratifiedKFold(three.y, three.classNames, {
    folds: 4,
    repeats: 2,
    random: createRandom(3),
  });
  if (!drawn.ok) throw new Error(drawn.error.message);
  const onSplits = (d: typeof data, methods: string[]) => {
    const out = evaluateResampling(
      d,
      { methods, classifier: 'logistic', splits: drawn.value },
      { random: createRandom(0) },
    );
    if (!out.ok) throw new Error(out.error.message);
    return out.value;
  };

  it('scores the smallest class; without resampling it is the two-class run', () => {
    const mine = onSplits(three, ['none']);
    expect(mine.positiveClass).toBe('rare');
    expect(mine.results[0].metrics).toEqual(onSplits(data, ['none']).results[0].metrics);
  });

  it('resamples with every class, so SMOTE also grows the third class', () => {
    const threeWay = onSplits(three, ['SMOTE']).results[0];
    const twoWay = onSplits(data, ['SMOTE']).results[0];
    expect(Array.from(threeWay.pooled.truth)).toEqual(Array.from(twoWay.pooled.truth));
    expect(Array.from(threeWay.pooled.scores)).not.toEqual(Array.from(twoWay.pooled.scores));
  });
});

describe('the leaky variant', () => {
  it('scores SMOTE higher when resampling before the split than the honest protocol does', () => {
    const honest = run({ ...options, methods: ['SMOTE'] }).results[0];
    const leaky = evaluateLeakyResampling(
      data,
      { ...options, methods: ['none', 'SMOTE'] },
      { random: createRandom(0) },
    );
    if (!leaky.ok) throw new Error(leaky.error.message);
    expect(leaky.value.leaky).toBe(true);
    const smote = leaky.value.results[1];
    expect(smote.method).toBe('SMOTE');
    expect(smote.metrics.recall.mean).toBeGreaterThan(honest.metrics.recall.mean + 0.05);
    expect(smote.metrics.roc_auc.mean).toBeGreaterThan(honest.metrics.roc_auc.mean);
  });
});

describe('standardisation', () => {
  it('fits mean and population std on the given rows only', () => {
    const X = Float64Array.from([1, 3, 100]);
    const scaler = fitStandardScaler(X, 1, [0, 1]);
    expect([scaler.mean[0], scaler.scale[0]]).toEqual([2, 1]);
    expect(Array.from(transformRows(scaler, X, 1, [2, 0]))).toEqual([98, -1]);
    expect(fitStandardScaler(Float64Array.from([5, 5]), 1, [0, 1]).scale[0]).toBe(1);
  });
});
