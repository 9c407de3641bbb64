// The order in which a tree node tries its features. scikit-learn draws it with its own xorshift
// generator (rand_r), seeded from random_state; giving that seed reproduces its order and so its
// choice among equally good splits. Without one, the injected Random draws, or none does and
// features go in index order.
import type { Random } from '../random';

/** An integer in [low, high). */
export type FeatureDraw = (low: number, high: number) => number;

const RAND_R_MAX = 0x7fffffff;

/** scikit-learn's rand_int over its our_rand_r stream, from the seed its Splitter.init draws. */
export function scikitLearnFeatureDraw(seed: number): FeatureDraw {
  let state = seed >>> 0;
  return (low, high) => {
    if (state === 0) state = 1;
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    return low + ((state % (RAND_R_MAX + 1)) % (high - low));
  };
}

export function randomFeatureDraw(random: Random): FeatureDraw {
  return (low, high) => low + random.int(high - low);
}

export const firstFeatureDraw: FeatureDraw = (low) => low;
