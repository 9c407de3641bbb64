// The bench data: 100,000 seeded Gaussian rows with 10 features, 10% minority (label 1), written as
// CSV so imbalanced-learn reads exactly the numbers smote-lab does. The minority is shifted by 1 in
// every feature, so the classes overlap: Borderline finds danger rows, ADASYN has hard rows and
// k-means finds minority clusters.
import { createRandom } from '../src/core/random';

export const BENCH_ROWS = 100_000;
export const BENCH_FEATURES = 10;
const MINORITY_SHARE = 0.1;
const MINORITY_SHIFT = 1;

/** numeric: all 10 numeric; mixed: the last 2 as 5-level categories; categorical: all 10 so. */
export type DataKind = 'numeric' | 'mixed' | 'categorical';
export const DATA_KINDS: DataKind[] = ['numeric', 'mixed', 'categorical'];
export const MIXED_CATEGORICAL = [BENCH_FEATURES - 2, BENCH_FEATURES - 1];

export function dataFileName(kind: DataKind): string {
  return `bench-${kind}.csv`;
}

export function featureName(j: number): string {
  return `f${j}`;
}

/** Labels (exactly 10% minority, shuffled) and row-major values. */
function benchValues(seed: number): { labels: Uint8Array; X: Float64Array } {
  const random = createRandom(seed);
  const labels = new Uint8Array(BENCH_ROWS);
  labels.fill(1, 0, Math.round(BENCH_ROWS * MINORITY_SHARE));
  for (let i = BENCH_ROWS - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [labels[i], labels[j]] = [labels[j], labels[i]];
  }
  const X = new Float64Array(BENCH_ROWS * BENCH_FEATURES);
  for (let i = 0; i < X.length; i++) {
    X[i] = random.normal() + MINORITY_SHIFT * labels[Math.floor(i / BENCH_FEATURES)];
  }
  return { labels, X };
}

// Five levels over [-2.5, 2.5), the tails folded into the end levels.
function level(v: number): string {
  return `c${Math.min(4, Math.max(0, Math.floor(v + 2.5)))}`;
}

function isCategorical(kind: DataKind, j: number): boolean {
  return kind === 'categorical' || (kind === 'mixed' && MIXED_CATEGORICAL.includes(j));
}

export function benchCsv(kind: DataKind, seed = 0): string {
  const { labels, X } = benchValues(seed);
  const header = [...Array.from({ length: BENCH_FEATURES }, (_, j) => featureName(j)), 'label'];
  const lines = [header.join(',')];
  const cells: string[] = new Array(BENCH_FEATURES + 1);
  for (let i = 0; i < BENCH_ROWS; i++) {
    for (let j = 0; j < BENCH_FEATURES; j++) {
      const v = X[i * BENCH_FEATURES + j];
      cells[j] = isCategorical(kind, j) ? level(v) : String(v);
    }
    cells[BENCH_FEATURES] = String(labels[i]);
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
