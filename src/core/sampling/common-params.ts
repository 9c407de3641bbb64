// Parameter specs shared by several methods.
import type { ParamSpec } from './params';

export const samplingStrategyParam: ParamSpec = {
  name: 'sampling_strategy',
  kind: 'strategy',
  default: 'auto',
  help: "Which classes to resample and to what count: 'auto' brings every class but the majority up to the majority's count.",
};

export const kNeighborsParam: ParamSpec = {
  name: 'k_neighbors',
  kind: 'int',
  default: 5,
  min: 1,
  help: 'How many nearest same-class neighbours each anchor may interpolate toward.',
};
