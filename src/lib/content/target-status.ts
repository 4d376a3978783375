import type { Comparator, Measure, TrackerTarget } from './target-schema.ts';

/**
 * Whether a promise of the plan was kept, judged only from published figures. A target is `met`
 * only when a published outcome for exactly that measure satisfies it; `not-met` only when one
 * shows it did not; every other case is `no-data` — never a guess. Pure.
 */
export const TARGET_STATUSES = ['met', 'not-met', 'no-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** A published figure for a target's measure. Milestones use 1 (done by the deadline) or 0. */
export interface Outcome {
  value: number;
  /** Where it was published (dataset name) and for which years, shown with the status. */
  dataset: string;
  years: readonly number[];
}

/** True when `actual` satisfies `comparator target` (equality allows for float rounding). */
export function satisfies(actual: number, comparator: Comparator, target: number): boolean {
  if (comparator === '>=') return actual >= target;
  if (comparator === '<=') return actual <= target;
  return Math.abs(actual - target) <= 1e-9 * Math.max(1, Math.abs(target));
}

/**
 * Status of a target given its published outcome (or none). Scope entries are not promises and
 * have no status: passing one is a programming error.
 */
export function targetStatus(
  target: Pick<TrackerTarget, 'kind' | 'value' | 'comparator'>,
  outcome: Outcome | null | undefined,
): TargetStatus {
  if (target.kind === 'scope') throw new Error('scope entries are not targets and have no status');
  if (!outcome || !Number.isFinite(outcome.value)) return 'no-data';
  if (target.kind === 'milestone') return outcome.value >= 1 ? 'met' : 'not-met';
  if (target.value === undefined || target.comparator === undefined) return 'no-data';
  return satisfies(outcome.value, target.comparator, target.value) ? 'met' : 'not-met';
}

/** One published figure, as a dataset row reduces to: indicator × division × year → value. */
export interface PublishedValue {
  dataset: string;
  indicator: string;
  division: string;
  year: number;
  value: number | null;
}

/**
 * The published outcome a target's `measuredBy` points to: the figure for its one year, or the
 * sum over its years when every one of them has a figure. Anything missing gives null.
 */
export function findOutcome(measure: Measure | null, published: readonly PublishedValue[]): Outcome | null {
  if (!measure) return null;
  let total = 0;
  for (const year of measure.years) {
    const row = published.find((p) => p.dataset === measure.dataset && p.indicator === measure.indicator
      && p.division === measure.division && p.year === year);
    if (!row || row.value === null) return null;
    total += row.value;
  }
  return { value: total, dataset: measure.dataset, years: measure.years };
}

/** Counts per status over the targets that have one (scope entries are left out). */
export function countStatuses(statuses: readonly TargetStatus[]): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = { met: 0, 'not-met': 0, 'no-data': 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}
