// Repeated stratified k-fold, as scikit-learn's RepeatedStratifiedKFold: each repeat deals every
// class's rows over the folds so each fold holds ⌊or⌈ its share, fold sizes differing by at most one
// (scikit-learn's allocation), with the deal shuffled by the injected Random. The shuffles differ from
// numpy's, so the folds are the same in kind, not in rows.
import { fail, type Outcome, ok } from '../outcome';
import type { Random } from '../random';

export interface Fold {
  /** 0-based repeat and fold number. */
  repeat: number;
  fold: number;
  train: Int32Array;
  test: Int32Array;
}

export interface StratifiedKFoldOptions {
  folds: number;
  repeats: number;
  random: Random;
}

function shuffle(values: number[], random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [values[i], values[j]] = [values[j], values[i]];
  }
}

/** Test-fold number per row for one repeat. `y` holds class codes 0..classes-1. */
export function stratifiedFoldOf(y: Int32Array, folds: number, random: Random): Int32Array {
  const classes = y.reduce((m, c) => Math.max(m, c + 1), 0);
  const counts = new Int32Array(classes);
  for (const c of y) counts[c]++;
  // Rows sorted by class, dealt round-robin: fold f takes every folds-th of them from f on.
  const allocation: number[][] = Array.from({ length: folds }, () => new Array(classes).fill(0));
  let r = 0;
  for (let c = 0; c < classes; c++) {
    for (let i = 0; i < counts[c]; i++, r++) allocation[r % folds][c]++;
  }
  const foldOf = new Int32Array(y.length);
  for (let c = 0; c < classes; c++) {
    const labels: number[] = [];
    for (let f = 0; f < folds; f++) for (let i = 0; i < allocation[f][c]; i++) labels.push(f);
    shuffle(labels, random);
    let next = 0;
    for (let i = 0; i < y.length; i++) if (y[i] === c) foldOf[i] = labels[next++];
  }
  return foldOf;
}

/** Train and test rows of one fold from a fold number per row. */
export function foldFromAssignment(foldOf: Int32Array, fold: number, repeat = 0): Fold {
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < foldOf.length; i++) (foldOf[i] === fold ? test : train).push(i);
  return { repeat, fold, train: Int32Array.from(train), test: Int32Array.from(test) };
}

/** Checks the fold count against the data: at least 2 folds, every class in every fold. */
export function checkFolds(y: Int32Array, classNames: readonly string[], folds: number) {
  if (!Number.isInteger(folds) || folds < 2) {
    return fail(`folds must be an integer of at least 2; got ${folds}`, { parameter: 'folds' });
  }
  const counts = new Int32Array(classNames.length);
  for (const c of y) counts[c]++;
  // The smallest class is the one to name: it sets the limit.
  let c = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] < counts[c]) c = k;
  if (counts[c] < folds) {
    const rows = counts[c] === 1 ? 'row' : 'rows';
    return fail(
      `folds = ${folds} is more than the ${counts[c]} ${rows} of class '${classNames[c]}'; every class needs a row in every fold`,
      { parameter: 'folds', className: classNames[c] },
    );
  }
  return ok(undefined);
}

export function repeatedStratifiedKFold(
  y: Int32Array,
  classNames: readonly string[],
  options: StratifiedKFoldOptions,
): Outcome<Fold[]> {
  const checked = checkFolds(y, classNames, options.folds);
  if (!checked.ok) return checked;
  if (!Number.isInteger(options.repeats) || options.repeats < 1) {
    return fail(`repeats must be a positive integer; got ${options.repeats}`, {
      parameter: 'repeats',
    });
  }
  const all: Fold[] = [];
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    const foldOf = stratifiedFoldOf(y, options.folds, options.random);
    for (let fold = 0; fold < options.folds; fold++) {
      all.push(foldFromAssignment(foldOf, fold, repeat));
    }
  }
  return ok(all);
}
