/**
 * A small seeded pseudo-random generator (mulberry32) and an integer hash to derive independent
 * streams (per account, per section), so synthetic data is the same for the same seed on every
 * platform and any part of it can be regenerated without the rest. Never `Math.random`.
 */

/** Mixes integers into one 32-bit seed (murmur3-style finaliser per step). */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h ^= Math.imul((part | 0) ^ (Math.floor(part / 4294967296) | 0), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A seeded random source. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element of `items`, chosen with the given relative weights. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Roughly normal (mean 0, sd 1), from the sum of uniforms. */
  gauss(): number;
}

/**
 * A random source seeded with a 32-bit integer.
 *
 * @example
 * ```ts
 * const random = createRandom(mix(seed, accountIndex));
 * random.int(1, 6);
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(items, weights) {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    gauss: () => next() + next() + next() + next() + next() + next() - 3,
  };
}
