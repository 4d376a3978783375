import { compareApiPath, countyDataPath, indicatorApiPath } from '../routes.ts';
import { comparableDivisions, compareDivision } from '../compare/build.ts';
import { t } from '../i18n/index.ts';
import type { ApiFile } from './api.ts';
import type { SiteData } from './load.ts';
import { indicatorYears, pageLists } from './pages.ts';
import { indexOf, nameOf, usesExampleData } from './query.ts';
import { isExample } from './datasets.ts';

/** Years in which `id` has county figures (empty: the indicator gets no map pages). */
export function yearsWithCountyFigures(data: SiteData, id: string): number[] {
  return indicatorYears(data)
    .filter((p) => p.id === id)
    .map((p) => p.year);
}

/** The files under /api/ this site builds, for `/api/index.json`. */
export function apiFiles(data: SiteData): ApiFile[] {
  const index = indexOf(data);
  const examples = new Set(data.datasets.filter(isExample).map((d) => d.name));
  const indicatorFiles: ApiFile[] = indicatorYears(data).map(({ id, year }) => {
    const indicator = index.indicator(id)!;
    const example = index.countyRows(year, id).some((o) => examples.has(o.dataset));
    return {
      path: indicatorApiPath(id, year),
      format: 'json',
      description: {
        zh: t('zh-CN', 'api.file.indicator', { year, indicator: indicator.nameZh }),
        en: t('en', 'api.file.indicator', { year, indicator: indicator.nameEn }),
      },
      example,
    };
  });
  const countyFiles: ApiFile[] = pageLists(data).countyYears.flatMap(({ code, year }) => {
    const example = usesExampleData(data, code, year);
    const name = nameOf(data, code);
    return (['json', 'csv'] as const).map((format) => ({
      path: countyDataPath(code, year, format),
      format,
      description: {
        zh: t('zh-CN', 'api.file.county', { name: name.zh, code, year }),
        en: t('en', 'api.file.county', { name: name.en, code, year }),
      },
      example,
    }));
  });
  const compareFiles: ApiFile[] = comparableDivisions(data).map((division) => ({
    path: compareApiPath(division.code),
    format: 'json',
    description: {
      zh: t('zh-CN', 'api.file.compare', { name: division.nameZh, code: division.code }),
      en: t('en', 'api.file.compare', { name: division.nameEn, code: division.code }),
    },
    example: compareDivision(data, division).datasets.some((d) => d.status === 'example'),
  }));
  return [...indicatorFiles, ...countyFiles, ...compareFiles];
}
