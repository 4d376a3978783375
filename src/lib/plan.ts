/**
 * The plan's three target years: the Shandong 2018–2020 three-year action plan sets targets for
 * the end of each of them. Every year list of the site (year pages, county-year pages, maps,
 * series) is this one; boundaries exist for each (src/lib/geo/load-topology.ts).
 */
export const PLAN_YEARS = [2018, 2019, 2020] as const;

export type PlanYear = (typeof PLAN_YEARS)[number];

/** The plan's last year, the deadline of most of its targets. */
export const FINAL_PLAN_YEAR: PlanYear = PLAN_YEARS[PLAN_YEARS.length - 1]!;

export function isPlanYear(year: number): year is PlanYear {
  return (PLAN_YEARS as readonly number[]).includes(year);
}
