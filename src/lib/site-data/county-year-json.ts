import { releaseLabel, releaseOf } from '../releases/release-line.ts';
import type { Source } from '../schemas/dataset.ts';
import { t } from '../i18n/index.ts';
import type { CountyYear } from './county-year.ts';
import { countyYearRows, type ExportRow } from './export.ts';

/**
 * `/api/counties/{code}/{year}.json`: the figures of one county-year page. The CSV beside it
 * repeats every field on every line, so a spreadsheet can filter and stack files; here what is
 * the same for the whole file is said once: the division and year at the top, each indicator's
 * names and unit in `indicators`, each dataset's version and status in `datasets`. A row keeps
 * what changes from row to row, and `indicator` and `dataset` point into those lookups, so a
 * program gets the CSV's flat line back with two look-ups (docs/downloads.md, "JSON").
 */
export interface CountyYearJson {
  /** Whether any figure in the file is example data. */
  example: boolean;
  notice: string | null;
  division: { code: string; name_zh: string; name_en: string };
  year: number;
  datasets: CountyYearDataset[];
  /** Names and unit of each indicator in `rows`, by indicator id. */
  indicators: Record<string, { name_zh: string; name_en: string; unit: string }>;
  rows: CountyYearJsonRow[];
}

export interface CountyYearDataset {
  name: string;
  version: string;
  /** `example` figures are generated, not real statistics. */
  status: 'official' | 'example';
  /** Release date (ISO). */
  published: string;
  /** e.g. "county-example v1.0.0 (2026-11-28)". */
  release: string;
  sources: Source[];
}

export type CountyYearJsonRow = Pick<
  ExportRow,
  'indicator' | 'value' | 'missing_reason' | 'change_from_previous_year' | 'change_percentage_points' | 'dataset'
>;

/** The example-data banner's words, Chinese then English: a file has no page language. */
export const exampleNotice = (): string => `${t('zh-CN', 'banner.example.title')} / ${t('en', 'banner.example.title')}`;

export function countyYearJson(view: CountyYear): CountyYearJson {
  const flat = countyYearRows(view);
  const indicators: CountyYearJson['indicators'] = {};
  for (const r of flat) indicators[r.indicator] = { name_zh: r.indicator_zh, name_en: r.indicator_en, unit: r.unit };
  return {
    example: view.example,
    notice: view.example ? exampleNotice() : null,
    division: { code: view.county.code, name_zh: view.county.nameZh, name_en: view.county.nameEn },
    year: view.year,
    datasets: view.datasets.map((d) => ({
      name: d.name,
      version: d.meta.version,
      status: d.meta.status,
      published: d.meta.published,
      release: releaseLabel(releaseOf(d)),
      sources: d.meta.sources,
    })),
    indicators,
    rows: flat.map((r) => ({
      indicator: r.indicator,
      value: r.value,
      missing_reason: r.missing_reason,
      change_from_previous_year: r.change_from_previous_year,
      change_percentage_points: r.change_percentage_points,
      dataset: r.dataset,
    })),
  };
}
