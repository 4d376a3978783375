import type { Observation } from './observation.ts';
import { valueOf } from './observation.ts';

export type Better = 'higher' | 'lower' | 'neutral';

export interface Ranked {
  code: string;
  value: number;
  /** 1 = highest value (standard competition ranking: ties share a rank, the next is skipped: 1, 1, 3). */
  rank: number;
  /** How many divisions share this rank: 1 when the value is the division's alone, more when tied. */
  sharedBy: number;
}

/**
 * Ranks observations by value, highest first. Rank 1 means "the largest figure", whatever
 * direction is better: tables state it in the rank column's header, and pages say in words
 * whether a figure is good, so the order never silently flips between indicators. Missing
 * values are left out. Equal values get the same rank and know how many share it, so every
 * table can say 并列 / "tied" (1, 1, 3: the competition ranking statistics offices use).
 */
export function rankBy(observations: readonly Observation[], indicator: string): readonly Ranked[] {
  // A frozen list is the build's shared one (indexOf's countyRows): ~1,000 maps and tables rank
  // the same few hundred lists, so each is ranked once, as divisionByCode indexes frozen lists.
  if (!Object.isFrozen(observations)) return ranked(observations, indicator);
  const byIndicator = memo.get(observations) ?? new Map<string, readonly Ranked[]>();
  memo.set(observations, byIndicator);
  let result = byIndicator.get(indicator);
  if (!result) {
    result = Object.freeze(ranked(observations, indicator));
    byIndicator.set(indicator, result);
  }
  return result;
}

const memo = new WeakMap<readonly Observation[], Map<string, readonly Ranked[]>>();

/**
 * True when every ranked division has the same figure (all 137 counties at 0 villages): there is
 * then no order at all, and a table that printed "tied 1" on every row would read as if all came
 * first. Pages show no rank then and say in words that all are the same (rank.allTied). A single
 * division is not a tie.
 */
export function allTied(ranked: readonly { sharedBy: number }[]): boolean {
  return ranked.length > 0 && sharedByAll({ of: ranked.length, sharedBy: ranked[0]!.sharedBy });
}

/** The same for one division's rank among `of`: true when all `of` share it (see allTied). */
export function sharedByAll(rank: { of: number; sharedBy: number }): boolean {
  return rank.of > 1 && rank.sharedBy === rank.of;
}

function ranked(observations: readonly Observation[], indicator: string): Ranked[] {
  const present = observations
    .map((o) => ({ code: o.code, value: valueOf(o, indicator) }))
    .filter((r): r is { code: string; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
  const sharing = new Map<number, number>();
  for (const row of present) sharing.set(row.value, (sharing.get(row.value) ?? 0) + 1);
  let previous: Ranked | undefined;
  return present.map((row, index) => {
    const rank = previous && previous.value === row.value ? previous.rank : index + 1;
    previous = { ...row, rank, sharedBy: sharing.get(row.value)! };
    return previous;
  });
}

/** Where one division stands among the others of a group: how many have a lower, equal or higher figure. */
export interface Standing {
  lower: number;
  equal: number;
  higher: number;
}

/** `code`'s standing among the other divisions with a figure, or null when it has none or is alone. */
export function standingAmong(observations: readonly Observation[], indicator: string, code: string): Standing | null {
  const own = valueOf(
    observations.find((o) => o.code === code),
    indicator,
  );
  if (own === null) return null;
  const others = observations
    .filter((o) => o.code !== code)
    .map((o) => valueOf(o, indicator))
    .filter((v): v is number => v !== null);
  if (others.length === 0) return null;
  return {
    lower: others.filter((v) => v < own).length,
    equal: others.filter((v) => v === own).length,
    higher: others.filter((v) => v > own).length,
  };
}

/** Share (0–1) of the other divisions with a value strictly lower than `code`'s, or null. */
export function shareBelow(observations: readonly Observation[], indicator: string, code: string): number | null {
  const standing = standingAmong(observations, indicator, code);
  return standing && standing.lower / (standing.lower + standing.equal + standing.higher);
}

/**
 * The comparison a page states in words, chosen so that it can never contradict the rank beside
 * it: `same` when every other division has the same figure (all 137 counties at 0.0%), `lowest` /
 * `highest` only when no other is lower / higher, `tiedLowest` / `tiedHighest` when others share
 * that figure, otherwise the share of the others that are lower.
 */
export type Comparison =
  { kind: 'same' | 'lowest' | 'highest' | 'tiedLowest' | 'tiedHighest' } | { kind: 'share'; below: number };

export function comparisonOf(standing: Standing): Comparison {
  const { lower, equal, higher } = standing;
  if (lower === 0 && higher === 0) return { kind: 'same' };
  if (lower === 0) return { kind: equal > 0 ? 'tiedLowest' : 'lowest' };
  if (higher === 0) return { kind: equal > 0 ? 'tiedHighest' : 'highest' };
  return { kind: 'share', below: lower / (lower + equal + higher) };
}
