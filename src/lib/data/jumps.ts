/**
 * Changes worth a second look in a pull request (data/README.md, "Pull-request report"): a
 * changed or new value that moves too far from the same division's value a year earlier. These
 * are warnings for a reviewer, never errors: real figures can jump (a county merged, a register
 * cleaned), but a misplaced digit jumps too.
 */
import type { LinedRow } from '../releases/diff-values.ts';

/**
 * A count (people, households, villages, yuan…) that grows to more than twice, or falls below
 * half, of the year before. A rule of thumb for a reviewer's attention, not a statistical bound:
 * a digit added or dropped moves a value tenfold, far past it, while a real year-on-year change
 * of that size is rare enough to deserve a sentence in the pull request.
 */
export const COUNT_FACTOR = 2;
/** A rate (percent) that moves by more than this many percentage points from the year before (same rule of thumb). */
export const RATE_POINTS = 10;

export interface Jump {
  division: string;
  indicator: string;
  year: number;
  /** The value a year earlier and now, as written. */
  previous: string;
  value: string;
  /** `factor`: value / previous (counts); `points`: value − previous (rates). */
  kind: 'factor' | 'points';
  amount: number;
  /** Line of the row in the new table. */
  line: number;
}

/** A value to look at: where it is, in a wide table (one column per indicator). */
export interface Checked {
  division: string;
  indicator: string;
  year: number;
  line: number;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * The jumps among `checked` values of a wide table: each compared with the same division and
 * indicator one year earlier in `rows` (the new table). Missing values (NP, NA, S) and zeros
 * a year earlier are not compared.
 */
export function findJumps(rows: readonly LinedRow[], checked: readonly Checked[], unitOf: (indicator: string) => string | undefined): Jump[] {
  const at = new Map(rows.map((r) => [`${r.cells.division_code}|${r.cells.year}`, r.cells]));
  const jumps: Jump[] = [];
  for (const c of checked) {
    const unit = unitOf(c.indicator);
    const value = at.get(`${c.division}|${c.year}`)?.[c.indicator];
    const previous = at.get(`${c.division}|${c.year - 1}`)?.[c.indicator];
    if (unit === undefined || value === undefined || previous === undefined) continue;
    if (!NUMBER.test(value) || !NUMBER.test(previous)) continue;
    const [now, before] = [Number(value), Number(previous)];
    if (unit === 'percent') {
      const points = Number((now - before).toFixed(6));
      if (Math.abs(points) > RATE_POINTS) jumps.push({ ...c, previous, value, kind: 'points', amount: points });
    } else if (before > 0) {
      const factor = now / before;
      if (factor > COUNT_FACTOR || factor < 1 / COUNT_FACTOR)
        jumps.push({ ...c, previous, value, kind: 'factor', amount: Number(factor.toFixed(2)) });
    }
  }
  return jumps;
}
