// The interpolation step every SMOTE variant shares (imbalanced-learn's BaseSMOTE._make_samples):
// draw n (anchor, neighbour-slot) pairs uniformly with replacement, then n steps in [0, 1).
import type { NeighborTable } from '../neighbors/types';
import type { Random } from '../random';
import type { SyntheticRows } from './synthetic-rows';

export interface GenerateOptions {
  /** Class code of the new rows. */
  classCode: number;
  /** Anchor rows (input row indices); row r of `neighbors` belongs to anchors[r]. */
  anchors: ArrayLike<number>;
  neighbors: NeighborTable;
  n: number;
  /** 1 interpolates; SVMSMOTE's negative step extrapolates away from the neighbour. */
  stepSize?: number;
  /** Borderline-2: a neighbour of another class gets an extra factor drawn from U[0, 0.5). */
  shrinkOtherClass?: { y: Int32Array };
}

export function generateSamples(out: SyntheticRows, random: Random, opts: GenerateOptions): void {
  const { anchors, neighbors, n, classCode } = opts;
  const k = neighbors.k;
  const stepSize = opts.stepSize ?? 1;
  const pairs = new Int32Array(n);
  const total = anchors.length * k;
  for (let s = 0; s < n; s++) pairs[s] = random.int(total);
  const steps = new Float64Array(n);
  for (let s = 0; s < n; s++) steps[s] = stepSize * random.next();
  out.reserve(n);
  for (let s = 0; s < n; s++) {
    const row = Math.floor(pairs[s] / k);
    const anchor = anchors[row];
    const neighbor = neighbors.indices[pairs[s]];
    let gap = steps[s];
    if (opts.shrinkOtherClass && opts.shrinkOtherClass.y[neighbor] !== classCode) {
      gap *= 0.5 * random.next();
    }
    out.addInterpolated(classCode, anchor, neighbor, gap);
  }
}
