import { MAP_YEARS } from './geo/map-years.ts';

/**
 * The site's years: one per boundary file in the data folder (src/lib/geo/load-topology.ts), so
 * a data folder covering other years builds a site of those years without a code change. For
 * the project's data/ they are the plan's three target years: the Shandong 2018–2020 three-year
 * action plan sets targets for the end of each. Every year list of the site (year pages,
 * county-year pages, maps, series) is this one.
 */
// Typed as non-empty: a data folder without boundary files builds no page (src/lib/site-data/pages.ts).
export const PLAN_YEARS = MAP_YEARS as readonly [number, ...number[]];

export type PlanYear = number;

/** The last year, the deadline of most of the plan's targets; NaN when the data folder has no year. */
export const FINAL_PLAN_YEAR: PlanYear = PLAN_YEARS[PLAN_YEARS.length - 1] ?? NaN;

export function isPlanYear(year: number): year is PlanYear {
  return PLAN_YEARS.includes(year);
}
