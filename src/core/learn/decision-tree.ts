// CART with Gini impurity as scikit-learn's DecisionTreeClassifier defaults: grown until leaves are
// pure (or rows cannot be told apart), min_samples_leaf 1, thresholds halfway between neighbouring
// distinct values, features read as float32 as scikit-learn stores them, and features tried in the
// order of scikit-learn's BestSplitter (constant features set aside), the first of equally good
// splits winning. That order is drawn: by scikit-learn's own generator given `splitterSeed`, by the
// injected Random, or (neither) in index order. P(positive) is the leaf's weighted positive share.
import { fail, type Outcome, ok } from '../outcome';
import {
  classWeights,
  type FitOptions,
  type FittedClassifier,
  type TrainingSet,
} from './classifier';
import {
  type FeatureDraw,
  firstFeatureDraw,
  randomFeatureDraw,
  scikitLearnFeatureDraw,
} from './tree-feature-draw';

export interface DecisionTree extends FittedClassifier {
  /** Per node: split feature, or -1 for a leaf. */
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** Per node: weighted share of positive rows. */
  positiveShare: Float64Array;
  depth: number;
}

export interface TreeOptions extends FitOptions {
  maxDepth?: number;
  /** scikit-learn's splitter seed (what random_state.randint(0, 2**31 - 1) gives); beats `random`. */
  splitterSeed?: number;
}

// scikit-learn's FEATURE_THRESHOLD: values closer than this are one value.
const SAME_VALUE = 1e-7;
const PURE = 2.220446049250313e-16;

interface Split {
  feature: number;
  threshold: number;
  /** Rows of the left part, sorted by the split feature. */
  leftRows: number[];
  rightRows: number[];
  /** Gini of each side, summed as scikit-learn's criterion does (it decides which nodes are pure). */
  leftGini: number;
  rightGini: number;
}

interface Grower {
  Xf: Float32Array;
  d: number;
  y: Uint8Array;
  w: Float64Array;
  draw: FeatureDraw;
  /** Feature ids; the first entries are the ones known constant in the current node. */
  features: Int32Array;
  /** Constant features in the order found; the first `knownConstants` belong to the current node. */
  constantFeatures: Int32Array;
}

function swap(a: Int32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

const gini = (neg: number, pos: number, total: number) =>
  1 - (neg * neg + pos * pos) / (total * total);

/**
 * Both children's Gini, with the sums in scikit-learn's order: the left part is built from whichever
 * end is nearer and the right part is the node minus the left, so a pure child can come out a few
 * ulps impure under class weights, and scikit-learn then splits it.
 */
function childGini(g: Grower, sorted: number[], p: number) {
  const { w, y } = g;
  const m = sorted.length;
  const total = [0, 0];
  let totalW = 0;
  for (const i of sorted) {
    total[y[i]] += w[i];
    totalW += w[i];
  }
  const left = [0, 0];
  let leftW = 0;
  if (p <= m - p) {
    for (let r = 0; r < p; r++) {
      left[y[sorted[r]]] += w[sorted[r]];
      leftW += w[sorted[r]];
    }
  } else {
    left[0] = total[0];
    left[1] = total[1];
    leftW = totalW;
    for (let r = m - 1; r >= p; r--) {
      left[y[sorted[r]]] -= w[sorted[r]];
      leftW -= w[sorted[r]];
    }
  }
  const rightW = totalW - leftW;
  return {
    leftGini: gini(left[0], left[1], leftW),
    rightGini: gini(total[0] - left[0], total[1] - left[1], rightW),
  };
}

/** The best split of `rows`, and how many features are constant there (children inherit that). */
function bestSplit(g: Grower, rows: number[], knownConstants: number) {
  const { Xf, d, y, w, features } = g;
  let total = 0;
  let totalPos = 0;
  for (const i of rows) {
    total += w[i];
    totalPos += y[i] * w[i];
  }
  let best: { feature: number; threshold: number; sorted: number[]; at: number } | undefined;
  let bestProxy = Number.NEGATIVE_INFINITY;
  let drawnConstants = 0;
  let foundConstants = 0;
  let totalConstants = knownConstants;
  for (let left = d; left > totalConstants; ) {
    let at = g.draw(drawnConstants, left - foundConstants);
    if (at < knownConstants) {
      swap(features, drawnConstants++, at);
      continue;
    }
    at += foundConstants;
    const f = features[at];
    const sorted = [...rows].sort((a, b) => Xf[a * d + f] - Xf[b * d + f] || a - b);
    const m = sorted.length;
    const value = (r: number) => Xf[sorted[r] * d + f];
    if (value(m - 1) <= value(0) + SAME_VALUE) {
      features[at] = features[totalConstants];
      features[totalConstants] = f;
      foundConstants++;
      totalConstants++;
      continue;
    }
    left--;
    swap(features, left, at);
    let leftW = 0;
    let leftPos = 0;
    for (let p = 1; p < m; p++) {
      const i = sorted[p - 1];
      leftW += w[i];
      leftPos += y[i] * w[i];
      if (value(p) <= value(p - 1) + SAME_VALUE) continue;
      const rightW = total - leftW;
      const rightPos = totalPos - leftPos;
      const leftNeg = leftW - leftPos;
      const rightNeg = rightW - rightPos;
      // Larger is better: minus the weighted Gini of both children, up to a constant.
      const proxy =
        (leftPos * leftPos + leftNeg * leftNeg) / leftW +
        (rightPos * rightPos + rightNeg * rightNeg) / rightW;
      if (proxy > bestProxy) {
        bestProxy = proxy;
        let threshold = value(p - 1) / 2 + value(p) / 2;
        if (threshold === value(p) || !Number.isFinite(threshold)) threshold = value(p - 1);
        // Only the winner is materialised, after the scan: copying at every improvement is O(m²).
        best = { feature: f, threshold, sorted, at: p };
      }
    }
  }
  // As scikit-learn: the known constants keep their order for siblings; new ones are appended.
  features.set(g.constantFeatures.subarray(0, knownConstants));
  g.constantFeatures.set(
    features.subarray(knownConstants, knownConstants + foundConstants),
    knownConstants,
  );
  const split: Split | undefined = best && {
    feature: best.feature,
    threshold: best.threshold,
    leftRows: best.sorted.slice(0, best.at),
    rightRows: best.sorted.slice(best.at),
    ...childGini(g, best.sorted, best.at),
  };
  return { best: split, constants: totalConstants };
}

export function fitDecisionTree(
  data: TrainingSet,
  options: TreeOptions = {},
): Outcome<DecisionTree> {
  const { d, y } = data;
  const n = y.length;
  if (n === 0) return fail('a decision tree needs at least one training row');
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const g: Grower = {
    Xf: Float32Array.from(data.X),
    d,
    y,
    w: classWeights(y, options.balanced ?? false),
    draw:
      options.splitterSeed !== undefined
        ? scikitLearnFeatureDraw(options.splitterSeed)
        : options.random
          ? randomFeatureDraw(options.random)
          : firstFeatureDraw,
    features: Int32Array.from({ length: d }, (_, j) => j),
    constantFeatures: new Int32Array(d),
  };
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const share: number[] = [];
  let depthReached = 0;

  const grow = (
    rows: number[],
    depth: number,
    knownConstants: number,
    impurity?: number,
  ): number => {
    const id = feature.length;
    let total = 0;
    let pos = 0;
    for (const i of rows) {
      total += g.w[i];
      pos += y[i] * g.w[i];
    }
    const p = pos / total;
    feature.push(-1);
    threshold.push(Number.NaN);
    left.push(-1);
    right.push(-1);
    share.push(p);
    depthReached = Math.max(depthReached, depth);
    const nodeGini = impurity ?? gini(total - pos, pos, total);
    if (rows.length < 2 || depth >= maxDepth || nodeGini <= PURE) return id;
    const { best: split, constants } = bestSplit(g, rows, knownConstants);
    if (!split) return id;
    feature[id] = split.feature;
    threshold[id] = split.threshold;
    left[id] = grow(split.leftRows, depth + 1, constants, split.leftGini);
    right[id] = grow(split.rightRows, depth + 1, constants, split.rightGini);
    return id;
  };
  grow(
    Array.from({ length: n }, (_, i) => i),
    0,
    0,
  );

  const tree = {
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    positiveShare: Float64Array.from(share),
    depth: depthReached,
  };
  return ok({
    ...tree,
    predictProba(X) {
      const q = d === 0 ? 0 : X.length / d;
      const out = new Float64Array(q);
      for (let r = 0; r < q; r++) {
        let node = 0;
        while (tree.feature[node] >= 0) {
          const v = Math.fround(X[r * d + tree.feature[node]]);
          node = v <= tree.threshold[node] ? tree.left[node] : tree.right[node];
        }
        out[r] = tree.positiveShare[node];
      }
      return out;
    },
  });
}
