/** A seeded source of randomness: the same seed gives the same sequence on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** An index drawn with probability proportional to `weights[i]` (all ≥ 0, sum > 0). */
  weighted(weights: readonly number[]): number;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
}

/**
 * A small 32-bit generator (a Weyl sequence scrambled by two multiply-xorshift rounds): fast,
 * statistically fine for demo data, and — unlike Math.random — reproducible from a seed.
 * @example createRandom(42).next() // always the same number in [0, 1)
 */
export function createRandom(seed: number): Random {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal: () => boxMuller(next),
    exponential: (mean) => -mean * Math.log(1 - next()),
    weighted: (weights) => weightedIndex(weights, next()),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

function boxMuller(next: () => number): number {
  // 1 - u keeps the logarithm's argument in (0, 1].
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function weightedIndex(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) total += w;
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  // Rounding can leave a sliver past the last weight: give it to the last non-zero entry.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
  throw new Error('weighted(): every weight is zero');
}
