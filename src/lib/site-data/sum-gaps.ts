import type { CellValue } from '../data/cast.ts';
import type { ReportedSum } from '../schemas/dataset.ts';

/**
 * A total a source states next to what its own parts add up to, when the two differ: published
 * figures are kept as published (data/README.md, "Sums"), so the site shows both numbers and the
 * gap instead of correcting either. The end-2015 baseline is the known case: a stated province
 * total of 2,423,821 people against 2,409,458 for its 17 prefecture rows (docs/sources.md).
 */
export interface SumGap {
  indicator: string;
  parent: string;
  year: number;
  /** The parent's figure as the source states it. */
  stated: number;
  /** What the source's rows for the parts add up to, and how many rows. */
  sumOfParts: number;
  parts: number;
  /** `stated − sumOfParts`: positive when the parts fall short of the total. */
  difference: number;
  /** Name of the descriptor `sources` entry the figures come from. */
  source: string;
}

/** The gaps among `reportedSums`, comparing each with the parent row's stated value in `rows`. */
export function sumGapsOf(reported: readonly ReportedSum[], rows: ReadonlyArray<Record<string, CellValue>>): SumGap[] {
  const gaps: SumGap[] = [];
  for (const entry of reported) {
    const row = rows.find((r) => r.division_code === entry.parent && r.year === entry.year && typeof r[entry.indicator] === 'number');
    const stated = row?.[entry.indicator];
    if (typeof stated !== 'number' || stated === entry.sumOfParts) continue;
    gaps.push({ ...entry, stated, difference: stated - entry.sumOfParts });
  }
  return gaps;
}
