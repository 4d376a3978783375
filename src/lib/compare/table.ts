import { changeBetween, type Change } from '../stats/change.ts';
import type { Cell } from '../stats/observation.ts';
import type { CompareCell, CompareDataset, CompareDivision, CompareIndicator } from './data.ts';

/** A figure in the comparison: the cell as every page shows it, and the dataset it comes from. */
export interface CompareFigure {
  cell: Cell;
  dataset: CompareDataset | null;
}

/** One line of the side-by-side table: an indicator in a year, for each chosen division. */
export interface CompareRow {
  indicator: CompareIndicator;
  year: number;
  /** One figure per chosen division, in the order chosen. */
  figures: CompareFigure[];
  /**
   * For each division after the first: its figure minus the first one's, in the indicator's unit
   * (percentage points for rates; src/lib/stats/change.ts), null when either figure is missing.
   */
  differences: Array<Change | null>;
}

function figureOf(division: CompareDivision, indicator: string, year: number): CompareFigure {
  const at = division.years.indexOf(year);
  const cell: CompareCell = at < 0 ? null : (division.figures[indicator]?.[at] ?? null);
  if (cell === null) return { cell: { kind: 'missing', reason: 'absent' }, dataset: null };
  const dataset = division.datasets[cell.d] ?? null;
  return 'v' in cell
    ? { cell: { kind: 'value', value: cell.v }, dataset }
    : { cell: { kind: 'missing', reason: cell.m }, dataset };
}

const valueOf = (figure: CompareFigure) => (figure.cell.kind === 'value' ? figure.cell.value : null);

/**
 * The comparison's rows: each indicator (catalogue order) in each chosen year that at least one
 * of the divisions has a row for. A missing figure stays missing (never zero), and so does any
 * difference it is part of.
 */
export function compareRows(
  divisions: readonly CompareDivision[],
  indicators: readonly CompareIndicator[],
  years: readonly number[],
): CompareRow[] {
  return indicators.flatMap((indicator) =>
    years.flatMap((year) => {
      const figures = divisions.map((d) => figureOf(d, indicator.id, year));
      if (figures.every((f) => f.dataset === null)) return [];
      const base = valueOf(figures[0]!);
      const differences = figures.slice(1).map((f) => changeBetween(base, valueOf(f)));
      return [{ indicator, year, figures, differences }];
    }),
  );
}

/** Every dataset the rows show, once each (by name and version), for the source line and the banner. */
export function datasetsShown(rows: readonly CompareRow[]): CompareDataset[] {
  const seen = new Map<string, CompareDataset>();
  for (const row of rows)
    for (const { dataset } of row.figures) if (dataset) seen.set(`${dataset.name}@${dataset.version}`, dataset);
  return [...seen.values()];
}

/** Each division's figures for one indicator over `years` (null where missing), for the small multiples. */
export function seriesOf(divisions: readonly CompareDivision[], indicator: string, years: readonly number[]) {
  return divisions.map((d) => years.map((year) => valueOf(figureOf(d, indicator, year))));
}
