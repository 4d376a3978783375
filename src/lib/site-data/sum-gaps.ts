import type { CellValue } from '../data/cast.ts';
import { childrenOf } from '../divisions/index.ts';
import type { ReportedSum } from '../schemas/dataset.ts';
import type { Division } from '../schemas/division.ts';

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
    const row = rows.find(
      (r) => r.division_code === entry.parent && r.year === entry.year && typeof r[entry.indicator] === 'number',
    );
    const stated = row?.[entry.indicator];
    if (typeof stated !== 'number' || stated === entry.sumOfParts) continue;
    gaps.push({ ...entry, stated, difference: stated - entry.sumOfParts });
  }
  return gaps;
}

/**
 * The gaps a table shows by itself: a parent row whose `sumIndicators` value differs from the sum
 * of its children's rows (children in force at the end of the year, per the registry), when every
 * child has a figure. With a part missing nothing is said here; a `reportedSums` entry covers that.
 */
export function sumGapsOfRows(
  rows: ReadonlyArray<Record<string, CellValue>>,
  divisions: readonly Division[],
  sumIndicators: readonly string[],
): SumGap[] {
  const byKey = new Map(rows.map((r) => [`${String(r.division_code)}|${String(r.year)}`, r]));
  const gaps: SumGap[] = [];
  for (const row of rows) {
    const { division_code: parent, year } = row;
    if (typeof parent !== 'string' || typeof year !== 'number') continue;
    const children = childrenOf(divisions, parent, year).map((c) => byKey.get(`${c.code}|${year}`));
    if (children.length === 0) continue;
    for (const indicator of sumIndicators) {
      const stated = row[indicator];
      const parts = children.map((c) => c?.[indicator]);
      if (typeof stated !== 'number' || !parts.every((v): v is number => typeof v === 'number')) continue;
      const sumOfParts = parts.reduce((a, b) => a + b, 0);
      if (sumOfParts === stated) continue;
      const source = typeof row.source === 'string' ? row.source.split(/[\s;]+/)[0]! : '';
      gaps.push({
        indicator,
        parent,
        year,
        stated,
        sumOfParts,
        parts: parts.length,
        difference: stated - sumOfParts,
        source,
      });
    }
  }
  return gaps;
}
