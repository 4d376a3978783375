import type { Unit } from '../schemas/indicator.ts';
import type { MissingCode } from '../stats/observation.ts';

/**
 * One year's figure in `/api/compare/{code}.json`: the value or why it is missing, and the index
 * of its dataset in `datasets`; null when the division has no row for the indicator that year
 * (not in force then, or no dataset covers it).
 */
export type CompareCell = { v: number; d: number } | { m: MissingCode; d: number } | null;

/** A dataset a division's figures come from: the release it shows, and whether it is example data. */
export interface CompareDataset {
  name: string;
  version: string;
  status: 'official' | 'example';
  published: string;
  titleZh: string;
  titleEn: string;
}

/**
 * `/api/compare/{code}.json`: every figure of one division (county, prefecture or the province)
 * in each plan year, in the shape the compare page reads. The figures are exactly those of the
 * division's year pages (the same lookup, src/lib/site-data/query.ts), so the two never disagree.
 */
export interface CompareDivision {
  code: string;
  level: 'province' | 'prefecture' | 'county';
  nameZh: string;
  nameEn: string;
  parent: string | null;
  /** The years of every `figures` list, in order (the plan's years). */
  years: number[];
  /** The years at whose end the division was in force. */
  inForce: number[];
  datasets: CompareDataset[];
  /** Indicator id → one cell per year of `years`; only indicators with a row in some year. */
  figures: Record<string, CompareCell[]>;
}

/** An indicator as the compare page lists it, in the reader's language, in catalogue order. */
export interface CompareIndicator {
  id: string;
  name: string;
  unit: Unit;
}
