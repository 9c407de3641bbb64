// The stepper's narration of a cleaner's removal and of the walk's end, with the run's numbers.
import type { Dataset } from '../../core/data/dataset';
import type { RemovalTrace } from '../../core/sampling/sample-trace';
import { formatDistance } from '../../plot/format-number';
import type { ResampleSummary } from '../../worker/client';
import { removerText } from '../method-roles';

/** "row 12" for an input row, "synthetic row 3 (pool row 51)" for one SMOTE made. */
export function poolRowText(row: number, nInput: number): string {
  return row < nInput ? `row ${row}` : `synthetic row ${row - nInput + 1} (pool row ${row})`;
}

export function removalLines(
  data: Dataset,
  r: RemovalTrace,
  method: string,
  nInput: number,
): string[] {
  const name = data.classNames[r.classCode];
  const self = `${poolRowText(r.row, nInput)}, class ${name}`;
  const remover = removerText(method);
  if (r.rule === 'tomek') {
    const partner = r.neighbors[0];
    return [
      `${capital(self)}, and ${poolRowText(partner, nInput)}, class ${data.classNames[r.neighborClasses[0]]}, are each other's nearest rows, ${formatDistance(r.distances[0])} apart: a Tomek link.`,
      `${remover} removes the ${name} end of the link: class ${name} is one it may clean.`,
    ];
  }
  const classes = Array.from(r.neighborClasses, (c) => data.classNames[c]);
  const agree = classes.filter((c) => c === name).length;
  const rule =
    r.kindSel === 'mode'
      ? `most of them are not ${name} (kind_sel='mode')`
      : `not all of them are ${name} (kind_sel='all': every neighbour must agree)`;
  return [
    `${capital(self)}: its ${r.neighbors.length} nearest rows are of class ${classes.join(', ')}; ${agree} of ${r.neighbors.length} agree.`,
    `${rule[0].toUpperCase()}${rule.slice(1)}, so ${remover} removes it.`,
  ];
}

function capital(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

/** What the end of the walk shows: the whole run, with its counts. */
export function endLines(data: Dataset, result: ResampleSummary): string[] {
  const made = result.syntheticY.length;
  const removed = result.removed.length;
  const counts = data.classNames
    .map((name, c) => `${name} ${result.countsBefore[c]} → ${result.countsAfter[c]}`)
    .join(', ');
  if (made === 0 && removed === 0) {
    return [
      `${result.method} made no synthetic rows and removed none here (${counts}): there is nothing to step through.`,
    ];
  }
  const parts = [];
  if (made > 0) parts.push(`all ${made} synthetic rows are placed`);
  if (removed > 0) parts.push(`${removed} rows removed`);
  return [
    `The walk is over: ${parts.join(' and ')}. This is exactly the Resample result, with the same points (${counts}).`,
  ];
}
