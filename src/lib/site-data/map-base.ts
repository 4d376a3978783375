import { divisionByCode } from '../divisions/index.ts';
import {
  areaBox,
  countyCentroids,
  countyPaths,
  mapLabelFile,
  mapSprite,
  MAP_VIEWBOX,
  prefecturePaths,
  type CountyPath,
  type LabelPoint,
  viewBoxOf,
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
  /** Address of the year's label points (src/lib/geo/label-file.ts), which the map script reads. */
  labels: string;
  counties: readonly MapCounty[];
  prefectures: readonly MapPrefecture[];
}

const memo = new WeakMap<SiteData, Map<number, CountyMapBase>>();
const scopedMemo = new WeakMap<CountyMapBase, Map<string, CountyMapBase>>();

/**
 * The county map of `year`: boundaries as the divisions stood at the year's end, with the
 * registry's names. Built once per year and shared by every page (~820 county-year pages draw
 * three maps); CountyMap.astro only colours and labels it in the page's language. With
 * `around` (a division code) and a registry of several provinces, only that division's province.
 */
export function countyMapBase(data: SiteData, year: number, around?: string): CountyMapBase {
  const whole = wholeMapBase(data, year);
  const province = around === undefined ? undefined : provinceOf(data.divisions, around);
  return province === undefined || provinceCount(data.divisions) < 2 ? whole : provinceMapBase(data, whole, province);
}

const provinceCounts = new WeakMap<readonly Division[], number>();
function provinceCount(divisions: readonly Division[]): number {
  let count = provinceCounts.get(divisions);
  if (count === undefined) {
    count = divisions.filter((d) => d.level === 'province').length;
    provinceCounts.set(divisions, count);
  }
  return count;
}

/** The province a division belongs to (itself for a province), by its parents in the registry. */
function provinceOf(divisions: readonly Division[], code: string): string | undefined {
  let d = divisionByCode(divisions, code);
  for (let hops = 0; d && d.level !== 'province' && hops < 3; hops++)
    d = d.parent === null ? undefined : divisionByCode(divisions, d.parent);
  return d?.code;
}

/**
 * A registry with several provinces (a country-sized data folder, e.g. the stress bench's) would
 * put every county of the country on each county and prefecture page: the map of such a page
 * is its province alone, framed around it. Built once per year and province.
 */
function provinceMapBase(data: SiteData, whole: CountyMapBase, province: string): CountyMapBase {
  const byProvince = scopedMemo.get(whole) ?? new Map<string, CountyMapBase>();
  scopedMemo.set(whole, byProvince);
  const known = byProvince.get(province);
  if (known) return known;
  const inProvince = (code: string) => provinceOf(data.divisions, code) === province;
  const prefectures = whole.prefectures.filter((p) => inProvince(p.code));
  const box = areaBox(
    whole.year,
    prefectures.map((p) => p.code),
    0.02,
  );
  const base: CountyMapBase = {
    ...whole,
    viewBox: box ? viewBoxOf(box) : whole.viewBox,
    counties: whole.counties.filter((c) => inProvince(c.parent)),
    prefectures,
  };
  byProvince.set(province, base);
  return base;
}

function wholeMapBase(data: SiteData, year: number): CountyMapBase {
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
    labels: mapLabelFile(year).href,
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
