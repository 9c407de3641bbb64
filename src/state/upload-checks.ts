// What the app needs of a dataset beyond what the file reader checks: something to plot, and a
// class big enough for the k on screen (the file is refused then, so the view on screen stays).
import type { Dataset } from '../core/data/dataset';
import { checkClassSize } from '../core/sampling/class-size';
import type { Params } from '../core/sampling/types';
import { majorityClass } from './anchor-rows';
import { datasetClassCounts } from './class-counts';
import { SHARED_K } from './method-params';

export function uploadProblem(data: Dataset, params: Params): string | null {
  if (data.d === 0) {
    const text = data.categorical.map((c) => `'${c.name}'`).join(', ');
    return `the file has no numeric column to plot (${text} hold text); the command line resamples it`;
  }
  const k = params[SHARED_K];
  if (typeof k !== 'number') return null;
  const counts = datasetClassCounts(data);
  const majority = majorityClass(data);
  for (let c = 0; c < counts.length; c++) {
    if (c === majority) continue;
    const problem = checkClassSize(SHARED_K, k, counts[c], data.classNames[c]);
    if (problem) {
      const fix =
        counts[c] >= 2
          ? `set k to ${counts[c] - 1} or less first`
          : 'choose another label column or add rows of that class';
      return `${problem.error.message}: ${fix}`;
    }
  }
  return null;
}
