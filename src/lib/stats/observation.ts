/** Reasons a value can be missing, as declared in every dataset's `missingValues` (data/README.md). */
export type MissingCode = 'NP' | 'NA' | 'S';

/** One division in one year of one dataset: the unit every page, map and download is built from. */
export interface Observation {
  /** Dataset (package) name, e.g. `county-example`. */
  dataset: string;
  code: string;
  year: number;
  /** Indicator id → value; absent or null when the cell held a missing-value code. */
  values: Record<string, number | null>;
  /** Indicator id → why it is missing (only for missing cells). */
  missing: Record<string, MissingCode>;
  /** The row's `source` column (descriptor source names) and `note`, when the table has them. */
  source?: string;
  note?: string;
}

/** A value with its reason when absent: what a table cell or tooltip shows. */
export type Cell = { kind: 'value'; value: number } | { kind: 'missing'; reason: MissingCode | 'absent' };

export function cellOf(observation: Observation | undefined, indicator: string): Cell {
  if (!observation) return { kind: 'missing', reason: 'absent' };
  const value = observation.values[indicator];
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'value', value };
  return { kind: 'missing', reason: observation.missing[indicator] ?? 'absent' };
}

export function valueOf(observation: Observation | undefined, indicator: string): number | null {
  const cell = cellOf(observation, indicator);
  return cell.kind === 'value' ? cell.value : null;
}
