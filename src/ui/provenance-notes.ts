// Where a resampled point came from, in sentences for each kind of provenance: a copy, a smoothed
// copy, a mode of a neighbourhood, an interpolation, an extrapolation (negative λ), a step toward
// another class (borderline-2), categories voted, and a later removal by a cleaner.
import type { Dataset } from '../core/data/dataset';
import { formatNumber } from '../plot/format-number';
import type { SyntheticDetails } from '../state/selectors';
import { removerText } from './method-roles';

/** Sentences for a synthetic point of `method`'s run (the walkthrough's children need none). */
export function provenanceNotes(
  details: SyntheticDetails,
  data: Dataset,
  method: string,
): string[] {
  const { anchor, neighbor, gap, values } = details;
  const className = data.classNames[details.classCode];
  const notes: string[] = [];
  if (neighbor < 0) {
    if (method === 'SMOTEN') {
      notes.push(
        `Mode of row ${anchor}'s neighbourhood: each feature takes the most common value among row ${anchor} and its k_neighbors nearest rows of class ${className} (by the Value Difference Metric).`,
      );
    } else {
      const same = Array.from(values).every((v, j) => v === data.X[anchor * data.d + j]);
      notes.push(
        same
          ? `Copy of row ${anchor}: ${method} repeats rows, so the class grows heavier, not wider.`
          : `Row ${anchor} plus Gaussian noise: a smoothed bootstrap (shrinkage), no neighbour involved.`,
      );
    }
  } else {
    if (gap < 0) {
      notes.push(
        `Extrapolated: λ = ${formatNumber(gap, 4)} is negative, so the point lies beyond anchor row ${anchor}, on the side away from neighbour row ${neighbor}, outside their segment (${method} pushes outward from a safe support vector).`,
      );
    }
    const neighborClass = data.y[neighbor];
    if (neighborClass !== details.classCode) {
      notes.push(
        `Neighbour row ${neighbor} is of class ${data.classNames[neighborClass]}, not ${className}: borderline-2 may step toward another class, at most halfway (λ < 0.5).`,
      );
    }
    if (data.categorical.length > 0) {
      const names = data.categorical.map((c) => c.name).join(', ');
      notes.push(
        `The numbers are interpolated; the categories (${names}) are voted by row ${anchor}'s nearest neighbours of its class.`,
      );
    }
  }
  if (details.removed) {
    notes.push(`Removed afterwards by ${removerText(method)}: it is not in the output.`);
  }
  return notes;
}
