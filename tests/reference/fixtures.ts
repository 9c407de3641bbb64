// Loads the imbalanced-learn fixtures written by make_fixtures.py and runs smote-lab's registry
// methods on the same data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, datasetFromRows } from '../../src/core/data/dataset';
import type { Outcome } from '../../src/core/outcome';
import { createRandom } from '../../src/core/random';
import { findMethod, runMethod } from '../../src/core/sampling/registry';
import type { Params, ResampleResult } from '../../src/core/sampling/types';
import { tableToDataset } from '../../src/io/table-to-dataset';

const DIR = join(import.meta.dirname, 'fixtures');

export type Counts = Record<string, number>;
export type Label = string | number;

/** imbalanced-learn's (k+1)-NN query with column 0 dropped; `certain` marks entries free of ties. */
export interface NeighbourRecord {
  k: number;
  rows: number[];
  indices: number[][];
  distances: number[][];
  certain: boolean[][];
}

export interface SvmClassRecord {
  support: number[];
  alpha: number[];
  noise: number[];
  danger: number[];
  safe: number[];
}

export interface AnchorCountRecord {
  rows: number[];
  weights?: number[];
  g?: number[];
  certain?: boolean;
  error?: string;
}

export interface Run {
  method: string;
  params: Params;
  counts_after?: Counts;
  error?: { exception: string; message: string };
  note?: string;
  danger?: Record<string, number[]>;
  noise?: Record<string, number[]>;
  ambiguous?: number[];
  svm?: Record<string, SvmClassRecord>;
  deterministic?: boolean;
  anchor_counts?: Record<string, AnchorCountRecord>;
  counts_after_smote?: Counts;
  counts_after_imblearn?: Counts;
  kept?: number[];
  removed?: number[];
  cluster_labels?: number[];
}

export interface CleaningAfterSmote {
  X: number[][];
  y: Label[];
  n_input: number;
  tomek_kept: number[];
  enn_kept: number[];
  ambiguous_tomek: number[];
  ambiguous_enn: number[];
}

export interface DatasetFixture {
  name: string;
  description: string;
  X?: number[][];
  table?: { header: string[]; rows: string[][] };
  y: Label[];
  counts: Counts;
  knn_within_class?: Record<string, NeighbourRecord>;
  knn_all?: NeighbourRecord;
  runs: Run[];
  cleaning_after_smote?: CleaningAfterSmote;
}

export interface ErrorCase {
  method: string;
  params: Params;
  X: number[][];
  y: Label[];
  exception: string;
  message: string;
  /** What our error value should name: one of these parameters or classes. */
  names: { parameters: string[]; classes: string[] };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
}

export function loadDatasets(): DatasetFixture[] {
  return readdirSync(DIR)
    .filter((f) => f.startsWith('dataset-') && f.endsWith('.json'))
    .sort()
    .map((f) => readJson<DatasetFixture>(f));
}

/** Each numeric fixture with its Dataset and its runs of `method` that produced counts. */
export function numericFixtureRuns(method: string) {
  return loadDatasets()
    .filter((fixture) => fixture.knn_all)
    .map((fixture) => ({
      fixture,
      data: toDataset(fixture),
      runs: fixture.runs.filter((r) => r.method === method && r.counts_after),
    }));
}

export function loadDataset(name: string): DatasetFixture {
  return readJson<DatasetFixture>(`dataset-${name}.json`);
}

export function loadErrorCases(): ErrorCase[] {
  return readJson<{ cases: ErrorCase[] }>('errors.json').cases;
}

/** The fixture's data as a Dataset: numeric rows directly, a table of strings through io. */
export function toDataset(fixture: {
  X?: number[][];
  y: Label[];
  table?: DatasetFixture['table'];
}) {
  if (fixture.table) {
    const { header, rows } = fixture.table;
    const data = tableToDataset({ header, rows, delimiter: ',' });
    if (!data.ok) throw new Error(data.error.message);
    return data.value;
  }
  return datasetFromRows({ rows: fixture.X!, labels: fixture.y });
}

export function isRegistered(method: string): boolean {
  return findMethod(method) !== undefined;
}

export function runReference(run: Run, data: Dataset, seed = 0): Outcome<ResampleResult> {
  return runMethod(run.method, data, run.params, { random: createRandom(seed) });
}

export function mustRun(run: Run, data: Dataset, seed = 0): ResampleResult {
  const out = runReference(run, data, seed);
  if (!out.ok) throw new Error(`${run.method} ${JSON.stringify(run.params)}: ${out.error.message}`);
  return out.value;
}

/** Class counts of a result's output rows, keyed by label. */
export function outputCounts(result: ResampleResult): Counts {
  const counts: Counts = {};
  for (const name of result.pool.classNames) counts[name] = 0;
  for (const i of result.output) counts[result.pool.classNames[result.pool.y[i]]]++;
  return counts;
}

/** A short name for a run in test titles. */
export function title(run: Run): string {
  return `${run.method} ${JSON.stringify(run.params)}`;
}

/** Input row index of each label's class code in `data`. */
export function classCode(data: Dataset, label: string): number {
  const c = data.classNames.indexOf(label);
  if (c < 0) throw new Error(`no class ${label}`);
  return c;
}

/** Whether `neighbor` may be among the anchor's k nearest: listed, or no farther than the k-th. */
export function allowedNeighbour(
  record: NeighbourRecord,
  data: Dataset,
  anchor: number,
  neighbor: number,
): boolean {
  const r = record.rows.indexOf(anchor);
  if (r < 0) return false;
  if (record.indices[r].includes(neighbor)) return true;
  let s = 0;
  for (let j = 0; j < data.d; j++)
    s += (data.X[anchor * data.d + j] - data.X[neighbor * data.d + j]) ** 2;
  return neighbor !== anchor && Math.sqrt(s) <= record.distances[r][record.k - 1] + 1e-12;
}
