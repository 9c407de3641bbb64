// How each synthetic row of a run was drawn, rebuilt from its provenance: the rows its anchor was
// drawn from, the anchor's neighbours as the method searched them, the neighbour's slot and the
// recipe of λ. imbalanced-learn draws one integer j in [0, N·k) per sample: pool row ⌊j / k⌋ is
// the anchor and slot j mod k its neighbour; so j follows from the provenance and is not guessed.
import type { Dataset } from '../data/dataset';
import { fail, type Outcome, ok } from '../outcome';
import { type RemovalTrace, RemovalTracer } from './removal-trace';
import { smoteNcColumns } from './smote-nc';
import { type ClusterRows, NeighborSearch, type NeighborSpace } from './trace-neighbors';
import type { Diagnostics, Params, Provenance, ResampleResult } from './types';

export type { RemovalTrace } from './removal-trace';
export type { NeighborSpace } from './trace-neighbors';

/** What the anchor was drawn from. */
export type AnchorPool =
  | 'class'
  | 'danger'
  | 'danger-support'
  | 'safe-support'
  | 'cluster'
  | 'weighted';

/** pair: one integer in [0, N·k) picks anchor and slot; uniform: an integer in [0, N) picks the
 * anchor; quota: every weighted row in turn makes its share (ADASYN), the slot drawn in [0, k). */
export type AnchorDraw = 'pair' | 'uniform' | 'quota';

export type SampleKind = 'interpolate' | 'extrapolate' | 'copy' | 'jitter' | 'mode';

/** uniform: λ ~ U[0, 1); out-step: λ = −out_step·u; halfway: λ = u·v·0.5 toward another class. */
export type GapRule = 'uniform' | 'out-step' | 'halfway' | 'none';

export interface SampleTrace {
  /** The synthetic row's index in the run. */
  index: number;
  classCode: number;
  anchor: number;
  kind: SampleKind;
  poolKind: AnchorPool;
  /** The rows the anchor was drawn from, in the order the draw counts them. */
  pool: Int32Array;
  /** The anchor's place in `pool`. */
  position: number;
  drawRule: AnchorDraw;
  /** The integer drawn: position·k + slot (pair), position (uniform) or slot (quota). */
  draw: number;
  /** ADASYN: how many samples this anchor makes, and its normalised difficulty r̂. */
  quota: number | null;
  weight: number | null;
  /** The k-means cluster the anchor and its neighbours share (KMeansSMOTE). */
  cluster: number | null;
  space: NeighborSpace | null;
  k: number;
  /** Sorted by (distance, row); SMOTEN's group starts with the anchor itself. */
  neighbors: Int32Array;
  distances: Float64Array;
  /** The neighbour's place in `neighbors`, -1 when there is none. */
  slot: number;
  neighbor: number;
  gap: number;
  gapRule: GapRule;
  /** SVMSMOTE's out_step, for the out-step rule. */
  outStep: number | null;
  values: Float64Array;
}

/** What the tracer reads of a run: the page's summary and the core's result both provide it. */
export interface RunRecord {
  method: string;
  nInput: number;
  provenance: Provenance;
  diagnostics: Diagnostics;
  removed: Int32Array;
  /** The synthetic rows' numeric values, row-major. */
  syntheticX: Float64Array;
}

export interface RunTracer {
  samples: number;
  removals: number;
  sample(i: number): SampleTrace;
  removal(r: number): RemovalTrace;
}

interface Plan {
  k: number;
  space: NeighborSpace | null;
  pool: (anchor: number) => { kind: AnchorPool; rows: Int32Array; cluster: ClusterRows | null };
  draw: AnchorDraw;
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

function rowsOf(list: Int32Array | undefined, y: Int32Array, c: number): Int32Array {
  return (list ?? new Int32Array(0)).filter((row) => y[row] === c);
}

function planOf(
  data: Dataset,
  params: Params,
  run: RunRecord,
  search: NeighborSearch,
): Plan | null {
  const { y } = data;
  const d = run.diagnostics;
  const k = num(params.k_neighbors, 5);
  const classPool = (anchor: number) => ({
    kind: 'class' as const,
    rows: search.classRows(y[anchor]),
    cluster: null,
  });
  switch (run.method) {
    case 'SMOTE':
    case 'SMOTETomek':
    case 'SMOTEENN':
      return { k, space: 'class', pool: classPool, draw: 'pair' };
    case 'SMOTENC':
      return { k, space: 'class-nc', pool: classPool, draw: 'pair' };
    case 'SMOTEN':
      return { k, space: 'class-vdm', pool: classPool, draw: 'uniform' };
    case 'RandomOverSampler':
      return { k: 0, space: null, pool: classPool, draw: 'uniform' };
    case 'BorderlineSMOTE':
      return {
        k,
        space: params.kind === 'borderline-2' ? 'all' : 'class',
        pool: (a) => ({ kind: 'danger', rows: rowsOf(d.danger, y, y[a]), cluster: null }),
        draw: 'pair',
      };
    case 'SVMSMOTE':
      return {
        k,
        space: 'class',
        pool: (a) =>
          d.danger?.includes(a)
            ? { kind: 'danger-support', rows: rowsOf(d.danger, y, y[a]), cluster: null }
            : { kind: 'safe-support', rows: rowsOf(d.safe, y, y[a]), cluster: null },
        draw: 'pair',
      };
    case 'ADASYN': {
      const counts = d.anchorCounts ?? new Int32Array(data.n);
      return {
        k: num(params.n_neighbors, 5),
        space: 'class',
        pool: (a) => ({
          kind: 'weighted',
          rows: search.classRows(y[a]).filter((row) => counts[row] > 0),
          cluster: null,
        }),
        draw: 'quota',
      };
    }
    case 'KMeansSMOTE': {
      const labels = d.clusterLabels ?? new Int32Array(data.n);
      return {
        k: num(params.k_neighbors, 2),
        space: 'cluster',
        pool: (a) => {
          const rows = search.classRows(y[a]).filter((row) => labels[row] === labels[a]);
          return { kind: 'cluster', rows, cluster: { id: labels[a], rows } };
        },
        draw: 'pair',
      };
    }
    default:
      return null;
  }
}

function kindOf(data: Dataset, run: RunRecord, i: number, method: string): SampleKind {
  const { neighbor, gap, anchor } = run.provenance;
  if (neighbor[i] >= 0) return gap[i] < 0 ? 'extrapolate' : 'interpolate';
  if (method === 'SMOTEN') return 'mode';
  const { d } = data;
  for (let j = 0; j < d; j++) {
    if (run.syntheticX[i * d + j] !== data.X[anchor[i] * d + j]) return 'jitter';
  }
  return 'copy';
}

function gapRuleOf(
  data: Dataset,
  params: Params,
  kind: SampleKind,
  pool: AnchorPool,
  anchor: number,
  neighbor: number,
): GapRule {
  if (kind === 'copy' || kind === 'jitter' || kind === 'mode') return 'none';
  if (pool === 'safe-support') return 'out-step';
  const borderline2 = pool === 'danger' && params.kind === 'borderline-2';
  return borderline2 && data.y[neighbor] !== data.y[anchor] ? 'halfway' : 'uniform';
}

/** A tracer over `run`, made on `data` with the method's validated `params`. */
export function createRunTracer(data: Dataset, params: Params, run: RunRecord): Outcome<RunTracer> {
  const nc = run.method === 'SMOTENC' ? smoteNcColumns(data, params.categorical_features) : null;
  if (nc && !nc.ok) return nc;
  const search = new NeighborSearch(data, nc?.value ?? null);
  const samples = run.provenance.anchor.length;
  const plan = planOf(data, params, run, search);
  if (!plan && samples > 0) return fail(`${run.method} has no recorded way to draw its samples`);
  const removals = new RemovalTracer(data, params, run);
  const { d } = data;

  const sample = (i: number): SampleTrace => {
    if (!plan || i < 0 || i >= samples) throw new RangeError(`no synthetic row ${i}`);
    const { anchor, neighbor, gap } = run.provenance;
    const a = anchor[i];
    const pool = plan.pool(a);
    const position = pool.rows.indexOf(a);
    const kind = kindOf(data, run, i, run.method);
    const found = plan.space
      ? search.find(plan.space, a, plan.k, pool.cluster)
      : { neighbors: new Int32Array(0), distances: new Float64Array(0) };
    const slot = neighbor[i] >= 0 ? found.neighbors.indexOf(neighbor[i]) : -1;
    const draw =
      plan.draw === 'pair' ? position * plan.k + slot : plan.draw === 'uniform' ? position : slot;
    const counts = run.diagnostics.anchorCounts;
    return {
      index: i,
      classCode: data.y[a],
      anchor: a,
      kind,
      poolKind: pool.kind,
      pool: pool.rows,
      position,
      drawRule: plan.draw,
      draw,
      quota: plan.draw === 'quota' && counts ? counts[a] : null,
      weight: plan.draw === 'quota' ? (run.diagnostics.weights?.[a] ?? null) : null,
      cluster: pool.cluster?.id ?? null,
      space: plan.space,
      k: plan.k,
      neighbors: found.neighbors,
      distances: found.distances,
      slot,
      neighbor: neighbor[i],
      gap: gap[i],
      gapRule: gapRuleOf(data, params, kind, pool.kind, a, neighbor[i]),
      outStep: run.method === 'SVMSMOTE' ? num(params.out_step, 0.5) : null,
      values: run.syntheticX.slice(i * d, (i + 1) * d),
    };
  };
  return ok({
    samples,
    removals: run.removed.length,
    sample,
    removal: (r) => removals.trace(r),
  });
}

/** The record of a core run (the page gets the same fields from the worker's summary). */
export function runRecordOf(result: ResampleResult): RunRecord {
  const { pool, nInput } = result;
  return { ...result, syntheticX: pool.X.subarray(nInput * pool.d) };
}
