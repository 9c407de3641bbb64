// How the app names each feature scaling in its sentences.
import type { ScalingKind } from '../core/data/scaling';

export const SCALING_WORDS: Record<ScalingKind, string> = {
  none: 'unscaled',
  standardise: 'standardised',
  'min-max': 'min-max scaled',
};
