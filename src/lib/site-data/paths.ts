import { countiesInForce } from '../divisions/index.ts';
import { MAP_YEARS } from '../geo/load-topology.ts';
import type { SiteData } from './load.ts';

/** One entry per county in force at the end of each target year (137, 137, 136). */
export function countyYearPaths(data: SiteData): Array<{ params: { code: string; year: string } }> {
  return MAP_YEARS.flatMap((year) => countiesInForce(data.divisions, year).map((d) => ({ params: { code: d.code, year: String(year) } })));
}
