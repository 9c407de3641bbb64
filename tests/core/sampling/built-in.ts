// The built-in datasets as the app loads them, and a run of the core on one, traced sample by
// sample, for the tests of the stepper's trace and of the texts made from it.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/core/data/dataset';
import { createRandom } from '../../../src/core/random';
import { validateParams } from '../../../src/core/sampling/params';
import { findMethod, runMethod } from '../../../src/core/sampling/registry';
import { createRunTracer, runRecordOf } from '../../../src/core/sampling/sample-trace';
import type { Params } from '../../../src/core/sampling/types';
import { parseDataset } from '../../../src/worker/api';

const folder = new URL('../../../public/datasets/', import.meta.url);

export function builtIn(name: string): Dataset {
  const parsed = parseDataset(readFileSync(new URL(`${name}.csv`, folder), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

export function traced(dataset: string, method: string, raw: Params, seed = 0) {
  const data = builtIn(dataset);
  const entry = findMethod(method)!;
  const params = validateParams(entry.name, entry.params, raw);
  if (!params.ok) throw new Error(params.error.message);
  const run = runMethod(method, data, raw, { random: createRandom(seed) });
  if (!run.ok) throw new Error(run.error.message);
  const tracer = createRunTracer(data, params.value, runRecordOf(run.value));
  if (!tracer.ok) throw new Error(tracer.error.message);
  return { data, result: run.value, tracer: tracer.value };
}
