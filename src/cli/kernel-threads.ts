// Long RBF kernel columns on several cores for the Node command: while the SVM solves one problem,
// the helper threads wait on a control block in shared memory; each column is cut into chunks that
// the main thread and the helpers claim one at a time, so a busy or late helper only does less.
// Every entry is computed by the same function on the same arrays: the result never changes.
import type { Worker } from 'node:worker_threads';
import type {
  KernelColumnTeam,
  ParallelKernelColumns,
  SharedRbfProblem,
} from '../core/learn/parallel-kernel';
import { fillRbfColumn } from '../core/learn/rbf-column';

// Control block slots. SEQ is odd while the main thread writes a job; NEXT counts chunks over the
// whole problem, so a job is chunks [BASE, END) and a claim on a finished job cannot succeed.
const SEQ = 0;
const STOP = 1;
const NEXT = 2;
const COLUMN = 3;
const SLOT = 4;
const FROM = 5;
const TO = 6;
const BASE = 7;
const END = 8;
const CONTROL_SLOTS = 9;

// The state of chunk c of the problem, at index c − BASE of the state array. A helper fills a chunk
// into its own buffer and copies it in only if the main thread has not taken the chunk back, so a
// helper that the system pauses never holds the main thread up for long.
const FREE = 0;
const CLAIMED = 1;
const COPYING = 2;
const WRITTEN = 3;
const TAKEN = 4;
const STATES = 5;
const state = (c: number, s: number) => c * STATES + s;

const CHUNK = 4096;
// Loads of the control block before a helper sleeps: columns follow one another closely.
const SPIN = 20_000;

export interface KernelProblemMessage extends SharedRbfProblem {
  kind: 'kernel';
  control: Int32Array;
  chunks: Int32Array;
}

interface Job {
  column: number;
  slot: number;
  from: number;
  to: number;
  base: number;
  end: number;
}

const chunkRange = (job: Job, c: number) => {
  const lo = job.from + (c - job.base) * CHUNK;
  return [lo, Math.min(job.to, lo + CHUNK)];
};

/** The next unclaimed chunk of the job, or −1. */
function claim(control: Int32Array, job: Job): number {
  for (;;) {
    const c = Atomics.load(control, NEXT);
    if (c >= job.end) return -1;
    if (Atomics.compareExchange(control, NEXT, c, c + 1) === c) return c;
  }
}

/** A helper's share of the job: each chunk computed aside, copied in unless taken back. */
function helpWith(m: KernelProblemMessage, dot: Float64Array, aside: Float32Array, job: Job): void {
  const { chunks, l } = m;
  for (let c = claim(m.control, job); c >= 0; c = claim(m.control, job)) {
    const k = c - job.base;
    if (Atomics.compareExchange(chunks, k, state(c, FREE), state(c, CLAIMED)) !== state(c, FREE))
      continue;
    const [lo, hi] = chunkRange(job, c);
    fillRbfColumn(m, dot, job.column, aside, lo, hi);
    if (
      Atomics.compareExchange(chunks, k, state(c, CLAIMED), state(c, COPYING)) !== state(c, CLAIMED)
    )
      continue;
    m.arena.set(aside.subarray(lo, hi), job.slot * l + lo);
    Atomics.store(chunks, k, state(c, WRITTEN));
  }
}

/** Runs in a helper thread: shares the problem's columns until the main thread ends it. */
export function serveKernelProblem(problem: KernelProblemMessage): void {
  const { control } = problem;
  const dot = new Float64Array(problem.l);
  const aside = new Float32Array(problem.l);
  let seen = Atomics.load(control, SEQ) & ~1;
  for (;;) {
    // Checked before any sleep: the problem may have ended before this message arrived.
    if (Atomics.load(control, STOP) === 1) return;
    let seq = Atomics.load(control, SEQ);
    for (let spin = 0; seq === seen && spin < SPIN; spin++) seq = Atomics.load(control, SEQ);
    if (seq === seen) {
      Atomics.wait(control, SEQ, seen);
      continue;
    }
    if (seq & 1) continue; // the job is being written
    const job: Job = {
      column: Atomics.load(control, COLUMN),
      slot: Atomics.load(control, SLOT),
      from: Atomics.load(control, FROM),
      to: Atomics.load(control, TO),
      base: Atomics.load(control, BASE),
      end: Atomics.load(control, END),
    };
    if (Atomics.load(control, SEQ) !== seq) continue;
    seen = seq;
    helpWith(problem, dot, aside, job);
  }
}

/** The main thread's side: one team per problem, over the command's helper threads. */
export function kernelColumnsOn(workers: Worker[]): ParallelKernelColumns {
  return {
    begin(problem) {
      if (workers.length === 0) return null;
      const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
      const chunks = new Int32Array(new SharedArrayBuffer((Math.ceil(problem.l / CHUNK) + 1) * 4));
      const message: KernelProblemMessage = { ...problem, kind: 'kernel', control, chunks };
      for (const worker of workers) worker.postMessage(message);
      return teamOver(message);
    },
  };
}

function publish(control: Int32Array, chunks: Int32Array, job: Job): void {
  const seq = Atomics.load(control, SEQ);
  Atomics.store(control, SEQ, seq + 1);
  for (let c = job.base; c < job.end; c++) Atomics.store(chunks, c - job.base, state(c, FREE));
  Atomics.store(control, COLUMN, job.column);
  Atomics.store(control, SLOT, job.slot);
  Atomics.store(control, FROM, job.from);
  Atomics.store(control, TO, job.to);
  Atomics.store(control, BASE, job.base);
  Atomics.store(control, END, job.end);
  Atomics.store(control, SEQ, seq + 2);
  Atomics.notify(control, SEQ);
}

function teamOver(m: KernelProblemMessage): KernelColumnTeam {
  const { control, chunks, l } = m;
  const dot = new Float64Array(l);
  let patience = 0.1; // milliseconds, until the first chunk is timed
  /** Fills chunk c here, if no helper has it. */
  const takeIfFree = (job: Job, data: Float32Array, c: number, from: number) => {
    if (
      Atomics.compareExchange(chunks, c - job.base, state(c, from), state(c, TAKEN)) !==
      state(c, from)
    )
      return false;
    const [lo, hi] = chunkRange(job, c);
    fillRbfColumn(m, dot, job.column, data, lo, hi);
    return true;
  };
  return {
    fill(column, slot, from, to) {
      const base = Atomics.load(control, NEXT);
      const job = { column, slot, from, to, base, end: base + Math.ceil((to - from) / CHUNK) };
      const data = m.arena.subarray(slot * l, (slot + 1) * l);
      publish(control, chunks, job);
      const start = performance.now();
      let own = 0;
      for (let c = claim(control, job); c >= 0; c = claim(control, job)) {
        if (takeIfFree(job, data, c, FREE)) own++;
      }
      // Wait about a chunk's time for the helpers' chunks, then fill the unfinished ones here.
      if (own > 0) patience = (performance.now() - start) / own;
      const waitFrom = performance.now();
      for (let c = job.base; c < job.end; c++) {
        for (;;) {
          const s = Atomics.load(chunks, c - job.base);
          if (s === state(c, WRITTEN) || s === state(c, TAKEN)) break;
          if (s === state(c, COPYING) || performance.now() - waitFrom < patience) continue;
          if (takeIfFree(job, data, c, FREE) || takeIfFree(job, data, c, CLAIMED)) break;
        }
      }
    },
    end() {
      Atomics.store(control, STOP, 1);
      Atomics.add(control, SEQ, 2);
      Atomics.notify(control, SEQ);
    },
  };
}
