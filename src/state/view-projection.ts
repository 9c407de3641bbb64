// What the plot's two axes show: two feature columns, or the first two principal components of
// the standardised features. Every mark on the plot goes through the same projection, and
// synthetic rows through the same fitted transform as the data.
import type { Dataset } from '../core/data/dataset';
import { fitPca, type PcaFit, pcaScores } from '../core/data/pca';
import { memoLast } from './memo-last';
import type { AppState } from './store';
import type { ProjectionKind } from './view-params';

export interface ViewPoints {
  xs: Float64Array;
  ys: Float64Array;
}

export interface ViewProjection {
  kind: ProjectionKind;
  /** Axis titles, and the short names sentences use ("PC1", or the column's name). */
  xLabel: string;
  yLabel: string;
  xName: string;
  yName: string;
  /** Row-major rows (the dataset's d numeric values each) on the two axes. */
  points(X: Float64Array): ViewPoints;
  /** One row's values on the two axes. */
  point(values: Float64Array): [number, number];
  /** The fitted PCA in a PCA view. */
  pca: PcaFit | null;
}

/** Two columns of a row-major matrix, as their own arrays. */
export function columnPair(X: Float64Array, d: number, x: number, y: number): ViewPoints {
  const n = d === 0 ? 0 : X.length / d;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = X[i * d + x];
    ys[i] = X[i * d + y];
  }
  return { xs, ys };
}

/** The last column pair taken from each matrix: the arrival of a large file takes it out ahead. */
const pairs = new WeakMap<Float64Array, { d: number; x: number; y: number; points: ViewPoints }>();

function cachedColumnPair(X: Float64Array, d: number, x: number, y: number): ViewPoints {
  const known = pairs.get(X);
  if (known && known.d === d && known.x === x && known.y === y) return known.points;
  const points = columnPair(X, d, x, y);
  pairs.set(X, { d, x, y, points });
  return points;
}

/** Takes the dataset's two plotted columns out now, so the first render of the plot reuses them. */
export function warmColumnPoints(data: Dataset, x: number, y: number): ViewPoints {
  return cachedColumnPair(data.X, data.d, x, y);
}

/** The smallest and largest value of each axis (NaN skipped; Infinity, -Infinity when empty). */
export interface PointsRange {
  x: [number, number];
  y: [number, number];
}

const ranges = new WeakMap<ViewPoints, PointsRange>();

function range(values: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  return [min, max];
}

/** The points' range on both axes, worked out once per set of points. */
export function pointsRange(points: ViewPoints): PointsRange {
  let known = ranges.get(points);
  if (!known) {
    known = { x: range(points.xs), y: range(points.ys) };
    ranges.set(points, known);
  }
  return known;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function pcaProjection(data: Dataset): ViewProjection {
  const pca = fitPca(data.X, data.n, data.d);
  const [first, second] = pca.explainedVarianceRatio;
  const split = (scores: Float64Array): ViewPoints => columnPair(scores, 2, 0, 1);
  return {
    kind: 'pca',
    xLabel: `PC1 of the standardised features (${percent(first)} of the variance)`,
    yLabel: `PC2 (${percent(second)} of the variance)`,
    xName: 'PC1',
    yName: 'PC2',
    points: (X) => split(pcaScores(pca, X)),
    point: (values) => {
      const scores = pcaScores(pca, values);
      return [scores[0], scores[1]];
    },
    pca,
  };
}

export function columnsProjection(data: Dataset, x: number, y: number): ViewProjection {
  return {
    kind: 'columns',
    xLabel: data.featureNames[x],
    yLabel: data.featureNames[y],
    xName: data.featureNames[x],
    yName: data.featureNames[y],
    points: (X) => cachedColumnPair(X, data.d, x, y),
    point: (values) => [values[x], values[y]],
    pca: null,
  };
}

const projectionOf = memoLast(
  (data: Dataset | null, kind: ProjectionKind, x: number, y: number): ViewProjection | null => {
    if (!data) return null;
    return kind === 'pca' && data.d > 2 ? pcaProjection(data) : columnsProjection(data, x, y);
  },
);

export function selectViewProjection(s: AppState): ViewProjection | null {
  return projectionOf(s.dataset, s.projection, s.xFeature, s.yFeature);
}

const rowPointsOf = memoLast((data: Dataset | null, projection: ViewProjection | null) =>
  data && projection ? projection.points(data.X) : null,
);

/** The dataset's rows on the plot's two axes. */
export function selectRowPoints(s: AppState): ViewPoints | null {
  return rowPointsOf(s.dataset, selectViewProjection(s));
}
