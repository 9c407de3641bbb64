// A hook through which the Node command computes long kernel columns on several threads. The
// browser and plain library use fill every column on one thread. Each entry is computed by the same
// function on the same arrays either way, so the solver's result never changes.
import type { RbfColumnArrays } from './rbf-column';

/** The arrays of one problem, all over SharedArrayBuffers so that helper threads see them. */
export interface SharedRbfProblem extends RbfColumnArrays {
  /** Every cached column's memory; slot s is arena[s * l, (s + 1) * l). */
  arena: Float32Array;
}

export interface KernelColumnTeam {
  /** Fills positions [from, to) of column i into arena slot `slot`; returns when all are written. */
  fill(i: number, slot: number, from: number, to: number): void;
  /** The problem is solved: helper threads go back to other work. */
  end(): void;
}

export interface ParallelKernelColumns {
  /** Starts serving one problem, or returns null to let the caller fill alone. */
  begin(problem: SharedRbfProblem): KernelColumnTeam | null;
}

let parallel: ParallelKernelColumns | null = null;

export function setParallelKernelColumns(columns: ParallelKernelColumns | null): void {
  parallel = columns;
}

export function parallelKernelColumns(): ParallelKernelColumns | null {
  return parallel;
}
