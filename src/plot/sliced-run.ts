// Runs a stepped job in slices of a few milliseconds, one slice per task, so a long piece of
// drawing leaves the page free to answer input in between. It can be stopped, or finished at once.

/** Work done per task before the rest is left to the next one. */
const SLICE_MS = 12;

export interface SlicedRun {
  /** Runs every step left now, in this task. */
  finish(): void;
  /** Drops the steps left; `done` is not called. */
  stop(): void;
}

export function runSliced(
  steps: Iterator<void, void, void>,
  done: () => void,
  sliceMs = SLICE_MS,
): SlicedRun {
  let timer: number | null = null;
  let over = false;
  const end = () => {
    over = true;
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
  };
  const slice = () => {
    timer = null;
    const until = performance.now() + sliceMs;
    while (performance.now() < until) {
      if (steps.next().done) {
        end();
        done();
        return;
      }
    }
    timer = window.setTimeout(slice, 0);
  };
  timer = window.setTimeout(slice, 0);
  return {
    finish() {
      if (over) return;
      end();
      while (!steps.next().done) {}
      done();
    },
    stop: end,
  };
}
