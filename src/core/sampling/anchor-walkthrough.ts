// SMOTE for one anchor, step by step (Chawla et al. 2002): the anchor's k nearest same-class
// neighbours, the synthetic points drawn from this anchor alone, and a hand-placed point. It is a
// teaching view, not a sampler: imbalanced-learn draws anchors at random over the whole class.
import { classRows, type Dataset } from '../data/dataset';
import { buildNeighborIndex, findNeighbors } from '../neighbors/find-neighbors';
import { fail, type Outcome, ok } from '../outcome';
import type { Random } from '../random';
import { checkClassSize } from './class-size';
import { generateSamples } from './generate';
import { SyntheticRows } from './synthetic-rows';

export interface AnchorChildren {
  /** Row-major, d values per child. */
  X: Float64Array;
  /** The neighbour row each child was interpolated toward. */
  neighbor: Int32Array;
  /** λ of each child, in [0, 1). */
  gap: Float64Array;
}

export interface AnchorWalkthrough {
  anchor: number;
  k: number;
  /** The k nearest rows of the anchor's class, sorted by (distance, row index); never the anchor. */
  neighbors: Int32Array;
  distances: Float64Array;
  children: AnchorChildren;
}

/**
 * The anchor's neighbours and `samplesPerAnchor` synthetic children, each toward a neighbour chosen
 * uniformly among the k with λ uniform in [0, 1), drawn as imbalanced-learn's generation step does.
 */
export function anchorWalkthrough(
  data: Dataset,
  anchor: number,
  k: number,
  samplesPerAnchor: number,
  random: Random,
): Outcome<AnchorWalkthrough> {
  if (!Number.isInteger(anchor) || anchor < 0 || anchor >= data.n) {
    return fail(`anchor must be a row from 0 to ${data.n - 1}; got ${anchor}`, {
      parameter: 'anchor',
    });
  }
  if (!Number.isInteger(k) || k < 1) {
    return fail(`k_neighbors must be an integer of at least 1; got ${k}`, {
      parameter: 'k_neighbors',
    });
  }
  if (!Number.isInteger(samplesPerAnchor) || samplesPerAnchor < 0) {
    return fail(
      `samples per anchor must be a whole number of at least 0; got ${samplesPerAnchor}`,
      {
        parameter: 'samples_per_anchor',
      },
    );
  }
  const classCode = data.y[anchor];
  const rows = classRows(data, classCode);
  const tooSmall = checkClassSize('k_neighbors', k, rows.length, data.classNames[classCode]);
  if (tooSmall) return tooSmall;

  const index = buildNeighborIndex(data.X, data.d, rows);
  const table = findNeighbors(index, data.X, data.d, [anchor], k);
  const out = new SyntheticRows(data);
  generateSamples(out, random, {
    classCode,
    anchors: [anchor],
    neighbors: table,
    n: samplesPerAnchor,
  });
  return ok({
    anchor,
    k,
    neighbors: table.indices,
    distances: table.distances,
    children: {
      X: out.X.slice(0, out.count * data.d),
      neighbor: out.neighbor.slice(0, out.count),
      gap: out.gap.slice(0, out.count),
    },
  });
}

/** The point at λ on the segment from the anchor row to the neighbour row: x + λ·(x_nn − x). */
export function pointOnSegment(
  data: Dataset,
  anchor: number,
  neighbor: number,
  lambda: number,
): Float64Array {
  const { X, d } = data;
  const point = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const x = X[anchor * d + j];
    point[j] = x + lambda * (X[neighbor * d + j] - x);
  }
  return point;
}
