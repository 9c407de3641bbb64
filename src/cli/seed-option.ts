// --seed, shared by the commands.
import { fail, type Outcome, ok } from '../core/outcome';

// imbalanced-learn's random_state accepts seeds in [0, 2**32 - 1]; so does our PRNG.
const MAX_SEED = 4294967295;

export function parseSeed(text: string): Outcome<number> {
  const seed = Number(text);
  if (!/^\d+$/.test(text.trim()) || seed > MAX_SEED) {
    return fail(`--seed must be an integer from 0 to ${MAX_SEED}; got '${text}'`);
  }
  return ok(seed);
}
