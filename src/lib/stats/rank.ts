import type { Observation } from './observation.ts';
import { valueOf } from './observation.ts';

export type Better = 'higher' | 'lower' | 'neutral';

export interface Ranked {
  code: string;
  value: number;
  /** 1 = highest value (competition ranking: ties share a rank, the next rank is skipped). */
  rank: number;
}

/**
 * Ranks observations by value, highest first. Rank 1 means "the largest figure", whatever
 * direction is better: pages say in words whether that is good (see compare.ts), so the
 * order of a table never silently flips between indicators. Missing values are left out.
 */
export function rankBy(observations: readonly Observation[], indicator: string): Ranked[] {
  const present = observations
    .map((o) => ({ code: o.code, value: valueOf(o, indicator) }))
    .filter((r): r is { code: string; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
  let previous: Ranked | undefined;
  return present.map((row, index) => {
    const rank = previous && previous.value === row.value ? previous.rank : index + 1;
    previous = { ...row, rank };
    return previous;
  });
}

/** Share (0–1) of the other divisions with a value strictly lower than `code`'s, or null. */
export function shareBelow(observations: readonly Observation[], indicator: string, code: string): number | null {
  const own = valueOf(observations.find((o) => o.code === code), indicator);
  if (own === null) return null;
  const others = observations.filter((o) => o.code !== code).map((o) => valueOf(o, indicator)).filter((v): v is number => v !== null);
  if (others.length === 0) return null;
  return others.filter((v) => v < own).length / others.length;
}
