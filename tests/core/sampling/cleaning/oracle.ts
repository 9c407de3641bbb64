// Slow, plain re-statements of the cleaning rules (all pairwise distances, ties by row index),
// used to check the fast cleaners on random data.
import { type Dataset, datasetFromRows } from '../../../../src/core/data/dataset';
import { createRandom } from '../../../../src/core/random';

/** Gaussian blobs, one per class, centres `spread` apart along every axis. */
export function blobs(seed: number, counts: Record<string, number>, d = 2, spread = 1): Dataset {
  const r = createRandom(seed);
  const rows: number[][] = [];
  const labels: string[] = [];
  Object.entries(counts).forEach(([label, c], ci) => {
    for (let i = 0; i < c; i++) {
      rows.push(Array.from({ length: d }, () => ci * spread + r.normal()));
      labels.push(label);
    }
  });
  return datasetFromRows({ rows, labels });
}

/** Row indices of the k nearest other rows of row i, by (distance, index). */
export function nearestOthers(data: Dataset, i: number, k: number): number[] {
  const { d, X } = data;
  const order: { j: number; d2: number }[] = [];
  for (let j = 0; j < data.n; j++) {
    if (j === i) continue;
    let s = 0;
    for (let t = 0; t < d; t++) s += (X[i * d + t] - X[j * d + t]) ** 2;
    order.push({ j, d2: s });
  }
  order.sort((a, b) => a.d2 - b.d2 || a.j - b.j);
  return order.slice(0, k).map((o) => o.j);
}

export function oracleTomekRemoved(data: Dataset, targets: boolean[]): number[] {
  const nn = Array.from({ length: data.n }, (_, i) => nearestOthers(data, i, 1)[0]);
  const out: number[] = [];
  for (let i = 0; i < data.n; i++) {
    const j = nn[i];
    if (targets[data.y[i]] && data.y[j] !== data.y[i] && nn[j] === i) out.push(i);
  }
  return out;
}

export function oracleEnnRemoved(
  data: Dataset,
  targets: boolean[],
  k: number,
  kindSel: 'all' | 'mode',
): number[] {
  const out: number[] = [];
  for (let i = 0; i < data.n; i++) {
    if (!targets[data.y[i]]) continue;
    const labels = nearestOthers(data, i, k).map((j) => data.y[j]);
    const same = labels.filter((l) => l === data.y[i]).length;
    let keep: boolean;
    if (kindSel === 'all') keep = same === k;
    else {
      const counts = data.classNames.map((_, c) => labels.filter((l) => l === c).length);
      keep = counts.indexOf(Math.max(...counts)) === data.y[i];
    }
    if (!keep) out.push(i);
  }
  return out;
}
