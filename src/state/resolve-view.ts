// The second half of reading a view: anchor, neighbour and axes can only be checked against the
// loaded dataset. Anything that does not fit falls back, with a notice.
import type { Dataset } from '../core/data/dataset';
import { createRandom } from '../core/random';
import { anchorWalkthrough } from '../core/sampling/anchor-walkthrough';
import { scaleDataset } from '../core/sampling/scaled-run';
import { canBeAnchor } from './anchor-rows';
import type { ViewParams } from './view-params';

export interface ResolvedRows {
  anchor: number | null;
  neighbor: number | null;
  xFeature: number;
  yFeature: number;
  notices: string[];
}

export function resolveRows(
  data: Dataset,
  params: Pick<ViewParams, 'anchor' | 'neighbor' | 'k' | 'x' | 'y'> &
    Partial<Pick<ViewParams, 'scale' | 'proj'>>,
): ResolvedRows {
  const notices: string[] = [];
  let anchor = params.anchor;
  if (anchor !== null && anchor >= data.n) {
    notices.push(`anchor=${anchor} is past the last row (${data.n - 1}); no anchor was selected.`);
    anchor = null;
  } else if (anchor !== null && !canBeAnchor(data, anchor)) {
    const name = data.classNames[data.y[anchor]];
    notices.push(
      `anchor=${anchor} is in the majority class ${name}; SMOTE anchors are minority rows.`,
    );
    anchor = null;
  }

  let neighbor = anchor === null ? null : params.neighbor;
  if (anchor !== null && neighbor !== null) {
    const searched = scaleDataset(data, params.scale ?? 'none').data;
    const walk = anchorWalkthrough(searched, anchor, params.k, 0, createRandom(0));
    // With k too large the view explains that instead; the neighbour is checked once k fits.
    if (walk.ok && !walk.value.neighbors.includes(neighbor)) {
      const rows = [...walk.value.neighbors].join(', ');
      notices.push(
        `neighbor=${neighbor} is not one of row ${anchor}'s ${params.k} nearest neighbours (rows ${rows}); using row ${walk.value.neighbors[0]}.`,
      );
      neighbor = walk.value.neighbors[0];
    }
  }

  const axis = (name: string | null, key: 'x' | 'y', fallback: number) => {
    if (name === null) return fallback;
    const j = data.featureNames.indexOf(name);
    if (j >= 0) return j;
    notices.push(
      `${key}=${name} is not a feature of this dataset (${data.featureNames.join(', ')}); using ${data.featureNames[fallback]}.`,
    );
    return fallback;
  };
  if (params.proj === 'pca' && data.d <= 2) {
    notices.push(
      `proj=pca needs three or more numeric features; this dataset has ${data.d}, so the plot shows them as they are.`,
    );
  }
  const xFeature = axis(params.x, 'x', 0);
  const yFeature = axis(params.y, 'y', Math.min(1, data.d - 1));
  return { anchor, neighbor, xFeature, yFeature, notices };
}
