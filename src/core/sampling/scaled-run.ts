// A method run on scaled numeric features, reported in the file's own units. imbalanced-learn does
// not scale; a user who puts a StandardScaler or MinMaxScaler before the sampler gets neighbours
// found in scaled space. Interpolation commutes with a per-feature affine map, so each synthetic
// row is rebuilt from its provenance as x + λ·(x_nn − x) on the original rows: the formula with
// the file's numbers holds exactly. Categorical columns are never scaled.
import type { Dataset } from '../data/dataset';
import {
  applyScaling,
  fitScaling,
  invertScaling,
  type Scaling,
  type ScalingKind,
} from '../data/scaling';
import { type Outcome, ok } from '../outcome';
import { runMethod } from './registry';
import type { Params, ResampleResult, SamplerContext } from './types';

export interface ScaledDataset {
  data: Dataset;
  scaling: Scaling;
}

/** The dataset with its numeric features scaled (the same object when the kind is 'none'). */
export function scaleDataset(data: Dataset, kind: ScalingKind): ScaledDataset {
  const scaling = fitScaling(data.X, data.n, data.d, kind);
  if (kind === 'none') return { data, scaling };
  return { data: { ...data, X: applyScaling(scaling, data.X) }, scaling };
}

/**
 * Synthetic rows made on scaled data, in the original units: interpolations rebuilt from their
 * provenance, copies of a row copied from the original row, anything else (jitter) inverted.
 */
export function unscaleSynthetic(
  original: Dataset,
  scaled: Dataset,
  scaling: Scaling,
  syntheticZ: Float64Array,
  provenance: ResampleResult['provenance'],
): Float64Array {
  const { d } = original;
  const out = invertScaling(scaling, syntheticZ);
  const { anchor, neighbor, gap } = provenance;
  for (let i = 0; i < anchor.length; i++) {
    const a = anchor[i] * d;
    const o = i * d;
    if (neighbor[i] >= 0 && Number.isFinite(gap[i])) {
      const b = neighbor[i] * d;
      for (let j = 0; j < d; j++) {
        out[o + j] = original.X[a + j] + gap[i] * (original.X[b + j] - original.X[a + j]);
      }
    } else {
      for (let j = 0; j < d; j++) {
        if (syntheticZ[o + j] === scaled.X[a + j]) out[o + j] = original.X[a + j];
      }
    }
  }
  return out;
}

/** The result of a run on `scaled` with its pool in the original units of `original`. */
export function unscaleResult(
  original: Dataset,
  scaled: ScaledDataset,
  result: ResampleResult,
): ResampleResult {
  if (scaled.data === original) return result;
  const { pool, nInput } = result;
  const { d } = original;
  const synthetic = unscaleSynthetic(
    original,
    scaled.data,
    scaled.scaling,
    pool.X.subarray(nInput * d),
    result.provenance,
  );
  const X = new Float64Array(pool.X.length);
  X.set(original.X);
  X.set(synthetic, nInput * d);
  return { ...result, pool: { ...pool, X } };
}

/** runMethod on features scaled by `kind` (fitted on every row), reported in the file's units. */
export function runMethodScaled(
  name: string,
  data: Dataset,
  params: Params,
  ctx: SamplerContext,
  kind: ScalingKind,
): Outcome<ResampleResult> {
  const scaled = scaleDataset(data, kind);
  const run = runMethod(name, scaled.data, params, ctx);
  return run.ok ? ok(unscaleResult(data, scaled, run.value)) : run;
}
