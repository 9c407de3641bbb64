// The URL's `scale=none|standard|minmax` and `proj=pca`, read and written beside the other keys.
import type { ScalingKind } from '../core/data/scaling';
import type { ViewParams } from './view-params';

export const SCALE_TEXT: Record<ScalingKind, string> = {
  none: 'none',
  standardise: 'standard',
  'min-max': 'minmax',
};

const SCALE_OF = new Map(Object.entries(SCALE_TEXT).map(([kind, text]) => [text, kind]));

/** Sets `asked.scale` and `asked.proj` from the query; an unknown value is left out with a notice. */
export function readScaleAndProjection(
  query: URLSearchParams,
  asked: Partial<ViewParams>,
  notices: string[],
): void {
  const scale = query.get('scale');
  if (scale !== null) {
    const kind = SCALE_OF.get(scale) as ScalingKind | undefined;
    if (kind) asked.scale = kind;
    else notices.push(`The link's scale=${scale} is not none, standard or minmax; using none.`);
  }
  const proj = query.get('proj');
  if (proj === 'pca') asked.proj = 'pca';
  else if (proj !== null) {
    notices.push(`The link's proj=${proj} is not pca; the plot shows two feature columns.`);
  }
}
