import { countiesInForce } from '../divisions/index.ts';
import { MAP_YEARS } from '../geo/load-topology.ts';
import type { Division } from '../schemas/division.ts';

/** One entry per county in force at the end of each target year (137, 137, 136). */
export function countyYearPaths(divisions: readonly Division[]): Array<{ params: { code: string; year: string } }> {
  return MAP_YEARS.flatMap((year) => countiesInForce(divisions, year).map((d) => ({ params: { code: d.code, year: String(year) } })));
}
