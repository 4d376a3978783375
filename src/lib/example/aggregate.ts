import {
  RATE_COLUMNS,
  SUM_COLUMNS,
  type ExampleCell,
  type ExampleRow,
  type Level,
  type RateColumn,
  type SumColumn,
} from './columns.ts';
import { ratePercent } from './rate.ts';

/**
 * A parent's cell from its children's cells for a sum indicator: a missing part (NP) makes the
 * total unknown (NP) rather than silently smaller; parts that do not apply (NA) are left out,
 * and the total is NA only when no part applies.
 */
export function sumCells(cells: readonly ExampleCell[]): ExampleCell {
  if (cells.includes('NP')) return 'NP';
  const numbers = cells.filter((c): c is number => typeof c === 'number');
  if (numbers.length === 0) return 'NA';
  return numbers.reduce((a, b) => a + b, 0);
}

/** A rate cell from the row's own numerator and denominator (data/README.md, "Units and rates"). */
export function rateCell(values: Partial<Record<SumColumn, ExampleCell>>, column: RateColumn): ExampleCell {
  const { numerator, denominator } = RATE_COLUMNS[column];
  const n = values[numerator];
  const d = values[denominator];
  if (n === 'NP' || d === 'NP' || n === undefined || d === undefined) return 'NP';
  if (n === 'NA' || d === 'NA') return 'NA';
  return ratePercent(n, d) ?? 'NA';
}

/** Completes a row from its sum cells: adds every rate column. */
export function withRates(code: string, year: number, level: Level, sums: Record<SumColumn, ExampleCell>): ExampleRow {
  const rates = Object.fromEntries(
    (Object.keys(RATE_COLUMNS) as RateColumn[]).map((column) => [column, rateCell(sums, column)]),
  ) as Record<RateColumn, ExampleCell>;
  return { code, year, level, values: { ...sums, ...rates } };
}

/** The row of a parent (prefecture or province) whose parts are `children`. */
export function aggregateRows(code: string, year: number, level: Level, children: readonly ExampleRow[]): ExampleRow {
  const sums = Object.fromEntries(
    SUM_COLUMNS.map((column) => [column, sumCells(children.map((child) => child.values[column]))]),
  ) as Record<SumColumn, ExampleCell>;
  return withRates(code, year, level, sums);
}
