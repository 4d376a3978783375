import { MAP_YEARS } from '../geo/load-topology.ts';
import { countyDataPath, indicatorApiPath } from '../routes.ts';
import { t } from '../i18n/index.ts';
import type { ApiFile } from './api.ts';
import { mappedIndicators } from './choropleth.ts';
import type { SiteData } from './load.ts';
import { countyYearPaths } from './paths.ts';
import { indexOf, nameOf, usesExampleData } from './query.ts';

// Every page of a build asks for this list (the map switch lists all pairs): compute it once per data load.
const memo = new WeakMap<SiteData, ReadonlyArray<{ id: string; year: number }>>();

/**
 * Every indicator × year with county figures: one map page per language and one API file each.
 * Pages, endpoints, the API index and the tests all derive from this one list.
 */
export function indicatorYears(data: SiteData): ReadonlyArray<{ id: string; year: number }> {
  let pairs = memo.get(data);
  if (!pairs) {
    const index = indexOf(data);
    pairs = mappedIndicators(data, MAP_YEARS).flatMap((id) =>
      MAP_YEARS.filter((year) => index.countyRows(year, id).length > 0).map((year) => ({ id, year })),
    );
    memo.set(data, pairs);
  }
  return pairs;
}

/** Years in which `id` has county figures (empty: the indicator gets no map pages). */
export function yearsWithCountyFigures(data: SiteData, id: string): number[] {
  return indicatorYears(data).filter((p) => p.id === id).map((p) => p.year);
}

/** The files under /api/ this site builds, for `/api/index.json`. */
export function apiFiles(data: SiteData): ApiFile[] {
  const index = indexOf(data);
  const indicatorFiles: ApiFile[] = indicatorYears(data).map(({ id, year }) => {
    const indicator = index.indicator(id)!;
    const example = index.countyRows(year, id).some((o) => data.datasets.find((d) => d.name === o.dataset)?.meta.status === 'example');
    return {
      path: indicatorApiPath(id, year),
      format: 'json',
      description: { zh: t('zh-CN', 'api.file.indicator', { year, indicator: indicator.nameZh }), en: t('en', 'api.file.indicator', { year, indicator: indicator.nameEn }) },
      example,
    };
  });
  const countyFiles: ApiFile[] = countyYearPaths(data.divisions).flatMap(({ params }) => {
    const year = Number(params.year);
    const example = usesExampleData(data, params.code, year);
    const name = nameOf(data, params.code);
    return (['json', 'csv'] as const).map((format) => ({
      path: countyDataPath(params.code, year, format),
      format,
      description: { zh: t('zh-CN', 'api.file.county', { name: name.zh, code: params.code, year }), en: t('en', 'api.file.county', { name: name.en, code: params.code, year }) },
      example,
    }));
  });
  return [...indicatorFiles, ...countyFiles];
}
