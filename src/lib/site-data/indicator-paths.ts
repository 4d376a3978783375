import {
  compareApiPath,
  countyAllYearsCsvPath,
  countyDataPath,
  indicatorApiPath,
  prefectureCsvPath,
} from '../routes.ts';
import { comparableDivisions, compareDivision } from '../compare/build.ts';
import { t } from '../i18n/index.ts';
import type { ApiFile } from './api.ts';
import type { SiteData } from './load.ts';
import { indicatorYears, pageLists } from './pages.ts';
import { indexOf, nameOf, usesExampleData } from './query.ts';
import { isExample } from './datasets.ts';
import { childrenOf } from '../divisions/index.ts';

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
  const indicatorFiles: ApiFile[] = indicatorYears(data).flatMap(({ id, year }) => {
    const indicator = index.indicator(id)!;
    const example = index.countyRows(year, id).some((o) => examples.has(o.dataset));
    return (['json', 'csv'] as const).map((format) => {
      const key = format === 'json' ? 'api.file.indicator' : 'api.file.indicatorCsv';
      return {
        path: indicatorApiPath(id, year, format),
        format,
        description: {
          zh: t('zh-CN', key, { year, indicator: indicator.nameZh }),
          en: t('en', key, { year, indicator: indicator.nameEn }),
        },
        example,
      };
    });
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
  return [...indicatorFiles, ...countyFiles, ...compareFiles, ...divisionCsvFiles(data)];
}

/** The CSVs of a county across its years and of a prefecture with its counties, one year each. */
function divisionCsvFiles(data: SiteData): ApiFile[] {
  const lists = pageLists(data);
  const counties = [...new Set(lists.countyYears.map((p) => p.code))].map((code): ApiFile => {
    const name = nameOf(data, code);
    return {
      path: countyAllYearsCsvPath(code),
      format: 'csv',
      description: {
        zh: t('zh-CN', 'api.file.countyAllYears', { name: name.zh, code }),
        en: t('en', 'api.file.countyAllYears', { name: name.en, code }),
      },
      example: lists.countyYears.some((p) => p.code === code && usesExampleData(data, code, p.year)),
    };
  });
  const prefectures = lists.prefectureYears.map(({ code, year }): ApiFile => {
    const name = nameOf(data, code);
    const children = childrenOf(data.divisions, code, year).map((d) => d.code);
    return {
      path: prefectureCsvPath(code, year),
      format: 'csv',
      description: {
        zh: t('zh-CN', 'api.file.prefectureYear', { name: name.zh, code, year }),
        en: t('en', 'api.file.prefectureYear', { name: name.en, code, year }),
      },
      example: [code, ...children].some((c) => usesExampleData(data, c, year)),
    };
  });
  return [...counties, ...prefectures];
}
