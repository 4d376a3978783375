import { divisionByCode } from '../divisions/index.ts';
import {
  countyCentroids,
  countyPaths,
  mapSprite,
  MAP_VIEWBOX,
  prefecturePaths,
  type CountyPath,
  type LabelPoint,
} from '../geo/index.ts';
import { prefectureBoxes } from '../geo/prefecture-boxes.ts';
import type { Division } from '../schemas/division.ts';
import type { SiteData } from './load.ts';

/** One county shape of the map, with its label point and its registry entry (for the name). */
export interface MapCounty extends CountyPath {
  label: LabelPoint | undefined;
  division: Division | undefined;
}

/** One prefecture outline, with the `viewBox` to zoom to (none for a prefecture without counties that year). */
export interface MapPrefecture {
  code: string;
  d: string;
  box: string | undefined;
  division: Division | undefined;
}

/** What every county map of a year draws before any figure colours it: shapes, names, zoom boxes. */
export interface CountyMapBase {
  year: number;
  /** The whole province, the `viewBox` when the map is not zoomed. */
  viewBox: string;
  /** Address of the year's shared geometry (src/lib/geo/sprite.ts), which pages reference by `<use>`. */
  sprite: string;
  counties: readonly MapCounty[];
  prefectures: readonly MapPrefecture[];
}

const memo = new WeakMap<SiteData, Map<number, CountyMapBase>>();

/**
 * The county map of `year`: boundaries as the divisions stood at the year's end, with the
 * registry's names. Built once per year and shared by every page (~820 county-year pages draw
 * three maps); CountyMap.astro only colours and labels it in the page's language.
 */
export function countyMapBase(data: SiteData, year: number): CountyMapBase {
  const byYear = memo.get(data) ?? new Map<number, CountyMapBase>();
  memo.set(data, byYear);
  const known = byYear.get(year);
  if (known) return known;
  const labels = new Map(countyCentroids(year).map((p) => [p.code, p]));
  const boxes = prefectureBoxes(year);
  const base: CountyMapBase = {
    year,
    viewBox: MAP_VIEWBOX,
    sprite: mapSprite(year).href,
    counties: countyPaths(year).map((c) => ({
      ...c,
      label: labels.get(c.code),
      division: divisionByCode(data.divisions, c.code),
    })),
    prefectures: prefecturePaths(year).map((p) => ({
      code: p.code,
      d: p.d,
      box: boxes.get(p.code),
      division: divisionByCode(data.divisions, p.code),
    })),
  };
  byYear.set(year, base);
  return base;
}
