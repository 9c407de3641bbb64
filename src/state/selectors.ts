// Values derived from the store: the anchor's walkthrough, the neighbour in use, the manual point,
// the selected synthetic point and the view for the URL. Each is memoised on its inputs.
import type { Dataset } from '../core/data/dataset';
import type { ScalingKind } from '../core/data/scaling';
import { type Outcome, ok } from '../core/outcome';
import { createRandom } from '../core/random';
import {
  type AnchorWalkthrough,
  anchorWalkthrough,
  pointOnSegment,
} from '../core/sampling/anchor-walkthrough';
import { type ScaledDataset, scaleDataset, unscaleSynthetic } from '../core/sampling/scaled-run';
import type { ResampleSummary } from '../worker/client';
import { memoLast } from './memo-last';
import { changedParamTexts, findMethodInfo } from './method-params';
import { removedPoolRows } from './removed-rows';
import type { AppState } from './store';
import type { ViewParams } from './view-params';
import type { SyntheticSelection } from './view-slice';

const searchDataOf = memoLast((data: Dataset | null, kind: ScalingKind) =>
  data ? scaleDataset(data, kind) : null,
);

/** The dataset as the neighbour search sees it: its numeric features under the chosen scaling. */
export function selectSearchData(s: AppState): ScaledDataset | null {
  return searchDataOf(s.dataset, s.scaling);
}

/** The anchor's walkthrough on the search data; its children in the file's own units. */
export function walkthroughIn(
  data: Dataset,
  searched: ScaledDataset,
  anchor: number,
  k: number,
  samples: number,
  seed: number,
): Outcome<AnchorWalkthrough> {
  // Each anchor gets its own draws; the same seed and anchor always give the same children.
  const random = createRandom((seed ^ Math.imul(anchor + 1, 0x9e3779b1)) >>> 0);
  const walk = anchorWalkthrough(searched.data, anchor, k, samples, random);
  if (!walk.ok || searched.data === data) return walk;
  const { children } = walk.value;
  const provenance = { ...children, anchor: new Int32Array(children.gap.length).fill(anchor) };
  const X = unscaleSynthetic(data, searched.data, searched.scaling, children.X, provenance);
  return ok({ ...walk.value, children: { ...children, X } });
}

const walkthroughOf = memoLast(
  (
    data: Dataset | null,
    searched: ScaledDataset | null,
    anchor: number | null,
    k: number,
    samples: number,
    seed: number,
  ) => {
    if (!data || !searched || anchor === null) return null;
    return walkthroughIn(data, searched, anchor, k, samples, seed);
  },
);

export function selectWalkthrough(s: AppState): Outcome<AnchorWalkthrough> | null {
  return walkthroughOf(s.dataset, selectSearchData(s), s.anchor, s.k, s.samplesPerAnchor, s.seed);
}

/** The neighbour the manual point walks toward: the chosen one if it is a neighbour, else the nearest. */
export function selectNeighborRow(s: AppState): number | null {
  const walk = selectWalkthrough(s);
  if (!walk?.ok) return null;
  const { neighbors } = walk.value;
  return s.neighbor !== null && neighbors.includes(s.neighbor) ? s.neighbor : neighbors[0];
}

const manualPointOf = memoLast(
  (data: Dataset | null, anchor: number | null, neighbor: number | null, lambda: number) =>
    data && anchor !== null && neighbor !== null
      ? pointOnSegment(data, anchor, neighbor, lambda)
      : null,
);

export function selectManualPoint(s: AppState): Float64Array | null {
  return manualPointOf(s.dataset, s.anchor, selectNeighborRow(s), s.lambda);
}

/** One synthetic point with where it came from; neighbour -1 and gap NaN when it has none. */
export interface SyntheticDetails {
  selection: SyntheticSelection;
  classCode: number;
  anchor: number;
  neighbor: number;
  gap: number;
  values: Float64Array;
  /** Category codes per categorical column; null for the walkthrough's children. */
  codes: Int32Array | null;
  /** Whether a cleaning step removed it from the output. */
  removed: boolean;
}

const detailsOf = memoLast(
  (
    data: Dataset | null,
    selection: SyntheticSelection | null,
    walk: Outcome<AnchorWalkthrough> | null,
    result: ResampleSummary | null,
  ): SyntheticDetails | null => {
    if (!data || !selection) return null;
    const { d } = data;
    const i = selection.index;
    const slice = (X: Float64Array) => X.slice(i * d, (i + 1) * d);
    if (selection.source === 'walkthrough') {
      if (!walk?.ok || i >= walk.value.children.gap.length) return null;
      const { anchor } = walk.value;
      const { neighbor, gap, X } = walk.value.children;
      const classCode = data.y[anchor];
      const child = { anchor, neighbor: neighbor[i], gap: gap[i], values: slice(X) };
      return { selection, classCode, ...child, codes: null, removed: false };
    }
    if (!result || i >= result.syntheticY.length) return null;
    const { anchor, neighbor, gap } = result.provenance;
    return {
      selection,
      classCode: result.syntheticY[i],
      anchor: anchor[i],
      neighbor: neighbor[i],
      gap: gap[i],
      values: slice(result.syntheticX),
      codes: Int32Array.from(result.syntheticCodes, (codes) => codes[i]),
      removed: removedPoolRows(result).has(result.nInput + i),
    };
  },
);

export function selectSyntheticDetails(s: AppState): SyntheticDetails | null {
  return detailsOf(s.dataset, s.selection, selectWalkthrough(s), s.result);
}

export function selectViewParams(s: AppState): ViewParams | null {
  if (!s.dataset || !s.datasetName) return null;
  const names = s.dataset.featureNames;
  const info = findMethodInfo(s.methods, s.method);
  return {
    dataset: s.datasetName,
    method: s.method,
    params: info ? changedParamTexts(info, s.params, s.k) : {},
    k: s.k,
    seed: s.seed,
    samples: s.samplesPerAnchor,
    lambda: s.lambda,
    anchor: s.anchor,
    neighbor: selectNeighborRow(s) ?? s.neighbor,
    x: names[s.xFeature] ?? null,
    y: names[s.yFeature] ?? null,
    resampled: s.resampleStatus !== 'idle',
    scale: s.scaling,
    proj: s.projection,
    compare: s.compareOpen,
  };
}
