// What every ResampleResult must satisfy, whatever the method: the pool starts with the input
// untouched, provenance has one entry per synthetic row, output and removed split the pool, and a
// synthetic row with a neighbour lies on its anchor–neighbour segment.
import { expect } from 'vitest';
import type { Dataset } from '../../../src/core/data/dataset';
import type { ResampleResult } from '../../../src/core/sampling/types';

/** Largest distance of a synthetic row from x_anchor + gap·(x_neighbor − x_anchor), scaled. */
export function worstSegmentError(result: ResampleResult): number {
  const { pool, nInput, provenance } = result;
  const { d, X } = pool;
  let worst = 0;
  for (let s = 0; s < provenance.anchor.length; s++) {
    const nb = provenance.neighbor[s];
    if (nb < 0) continue;
    const a = provenance.anchor[s];
    const gap = provenance.gap[s];
    for (let j = 0; j < d; j++) {
      const xa = X[a * d + j];
      const xb = X[nb * d + j];
      const err = Math.abs(X[(nInput + s) * d + j] - (xa + gap * (xb - xa)));
      worst = Math.max(worst, err / (1 + Math.abs(xa) + Math.abs(xb)));
    }
  }
  return worst;
}

export function expectResultInvariants(input: Dataset, result: ResampleResult): void {
  const { pool, nInput, provenance, output, removed } = result;
  const synthetic = provenance.anchor.length;
  expect(nInput).toBe(input.n);
  expect(pool.n).toBe(nInput + synthetic);
  expect(provenance.neighbor.length).toBe(synthetic);
  expect(provenance.gap.length).toBe(synthetic);
  expect(pool.d).toBe(input.d);
  expect(pool.classNames).toEqual(input.classNames);
  expect(pool.X.length).toBe(pool.n * pool.d);
  expect(pool.y.length).toBe(pool.n);
  expect(Array.from(pool.X.subarray(0, input.X.length))).toEqual(Array.from(input.X));
  expect(Array.from(pool.y.subarray(0, nInput))).toEqual(Array.from(input.y));
  pool.categorical.forEach((col, c) => {
    expect(col.codes.length).toBe(pool.n);
    expect(Array.from(col.codes.subarray(0, nInput))).toEqual(
      Array.from(input.categorical[c].codes),
    );
  });

  // output and removed are disjoint and together hold every pool row once
  const seen = new Uint8Array(pool.n);
  for (const i of [...output, ...removed]) {
    expect(i >= 0 && i < pool.n).toBe(true);
    seen[i]++;
  }
  expect(seen.every((v) => v === 1)).toBe(true);

  let badProvenance = 0;
  for (let s = 0; s < synthetic; s++) {
    const a = provenance.anchor[s];
    const nb = provenance.neighbor[s];
    const gap = provenance.gap[s];
    if (!(a >= 0 && a < nInput) || input.y[a] !== pool.y[nInput + s]) badProvenance++;
    if (nb >= 0 ? !(nb < nInput && Number.isFinite(gap)) : nb !== -1) badProvenance++;
  }
  expect(badProvenance).toBe(0);
  expect(worstSegmentError(result)).toBeLessThan(1e-12);
}
