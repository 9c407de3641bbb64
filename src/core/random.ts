// Seeded PRNG (xoshiro128**, seeded through splitmix32). Every stochastic function takes a Random,
// so the same seed gives the same output in Node, the worker and the page.

export interface Random {
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** out[s] = int(n) for s = 0, 1, …: the same draws, in one loop that is quick even when cold. */
  fillInts(out: Int32Array, n: number): void;
  /** Standard normal draw. */
  normal(): number;
  /** Beta(a, b) draw. */
  beta(a: number, b: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  const init = splitmix32(Math.floor(seed) ^ 0x5eed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1;

  const next32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };

  let spare = Number.NaN;
  const random: Random = {
    next() {
      const hi = next32() >>> 5;
      const lo = next32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    int(n) {
      // One 32-bit draw is enough below 2^21 (bias under 2^-11 of a draw's weight); larger n
      // takes a full 53-bit double.
      return n <= 0x200000
        ? Math.floor((next32() / 4294967296) * n)
        : Math.floor(random.next() * n);
    },
    fillInts(out, n) {
      if (n > 0x200000) {
        for (let s = 0; s < out.length; s++) out[s] = random.int(n);
        return;
      }
      // next32 and rotl written out, on local copies of the state: no call per draw. Below 2^32
      // a product by 5 or 9 is exact, so |0 keeps its low 32 bits as Math.imul does, and for
      // these non-negative values below 2^21, |0 floors as Math.floor does.
      let w = a;
      let x = b;
      let y = c;
      let z = d;
      for (let s = 0; s < out.length; s++) {
        const m = (x * 5) | 0;
        const result = ((((m << 7) | (m >>> 25)) >>> 0) * 9) >>> 0;
        const t = x << 9;
        y ^= w;
        z ^= x;
        x ^= y;
        w ^= z;
        y ^= t;
        z = ((z << 11) | (z >>> 21)) >>> 0;
        out[s] = ((result / 4294967296) * n) | 0;
      }
      a = w;
      b = x;
      c = y;
      d = z;
    },
    normal() {
      if (!Number.isNaN(spare)) {
        const s = spare;
        spare = Number.NaN;
        return s;
      }
      let u = 0;
      while (u === 0) u = random.next();
      const v = random.next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    beta(alpha, beta) {
      const x = gamma(random, alpha);
      const y = gamma(random, beta);
      return x / (x + y);
    },
  };
  return random;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

// Marsaglia and Tsang's method; shape >= 1 is all the samplers need (Beta(10, 10)).
function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * random.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = random.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
