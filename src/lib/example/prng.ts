/**
 * Seeded pseudo-random numbers, so the same seed always gives byte-identical example files.
 *
 * - mulberry32 by Tommy Ettinger (public domain), as published in
 *   https://gist.github.com/tommyettinger/46a874533244883189143505d203312c — a 32-bit state
 *   generator, plenty for example data (never use it for anything secret).
 * - FNV-1a, 32-bit (Fowler, Noll and Vo; http://www.isthe.com/chongo/tech/comp/fnv/), turns the
 *   seed plus a key such as `370102:2019` into the state of a separate stream, so one county's
 *   numbers do not shift when another county is added or removed.
 */

/** Returns a number in [0, 1) on each call. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An independent stream for `key` under `seed`. */
export function streamFor(seed: number, key: string): Random {
  return mulberry32(fnv1a(`${seed}:${key}`));
}

/** A number in [low, high). */
export function between(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}

/** An integer in [low, high], both included. */
export function integerBetween(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}
