import { childrenOf, countiesInForce, divisionByCode, yearsInForce } from '../divisions/index.ts';
import { changeBetween } from '../stats/change.ts';
import { cellOf, type Cell } from '../stats/observation.ts';
import { rankBy } from '../stats/rank.ts';
import { seriesFor } from '../stats/series.ts';
import type { Choropleth } from './choropleth.ts';
import { countyYear } from './county-year.ts';
import type { ExportRow } from './export.ts';
import { countyYearRows } from './export.ts';
import type { SiteData } from './load.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { indexOf } from './query.ts';

/**
 * The rows of the CSV downloads beyond one county-year: a county across the plan years, a
 * prefecture with its counties, and an indicator-year's ranking. Division downloads share the
 * county-year columns (ExportRow), so a journalist can stack any of them in one spreadsheet.
 */

/**
 * Every figure of one division (a prefecture or the province; counties give the same rows as
 * countyYearRows) in one year, with the change from last year following division changes.
 */
export function divisionYearRows(data: SiteData, code: string, year: number): ExportRow[] {
  const division = divisionByCode(data.divisions, code);
  if (!division) throw new Error(`divisionYearRows: unknown division ${code}`);
  const index = indexOf(data);
  return data.indicators.flatMap((indicator): ExportRow[] => {
    const found = index.find(code, year, indicator.id);
    if (!found) return [];
    const cell = cellOf(found.observation, indicator.id);
    const lookup = (c: string, y: number) => index.find(c, y, indicator.id)?.observation;
    const previous = found.dataset.meta.referenceYears.includes(year - 1)
      ? seriesFor(lookup, data.divisions, indicator, code, [year - 1, year])[0]
      : undefined;
    const change =
      previous?.cell.kind === 'value' && cell.kind === 'value' ? changeBetween(previous.cell.value, cell.value) : null;
    const percent = indicator.unit === 'percent';
    return [
      {
        division_code: code,
        name_zh: division.nameZh,
        name_en: division.nameEn,
        ...figureColumns(year, indicator, cell),
        change_from_previous_year: change && !percent ? change.absolute : null,
        change_percentage_points: change && percent ? change.absolute : null,
        dataset: found.dataset.name,
        dataset_version: found.dataset.meta.version,
        status: found.dataset.meta.status,
      },
    ];
  });
}

/** The columns every figure row has, in this order, whatever table it belongs to. */
function figureColumns(year: number, indicator: Indicator, cell: Cell) {
  return {
    year,
    indicator: indicator.id,
    indicator_zh: indicator.nameZh,
    indicator_en: indicator.nameEn,
    unit: indicator.unit,
    value: cell.kind === 'value' ? cell.value : null,
    missing_reason: cell.kind === 'missing' ? cell.reason : '',
  };
}

/** The plan years at whose end `code` was in force (the years it has a page and a download). */
export function countyYearsOf(data: SiteData, code: string): number[] {
  const county = divisionByCode(data.divisions, code);
  return county?.level === 'county' ? yearsInForce(county, data.years) : [];
}

/** `/api/counties/{code}/all-years.csv`: each year's county-year rows, oldest year first. */
export function countyAllYearsRows(data: SiteData, code: string): ExportRow[] {
  return countyYearsOf(data, code).flatMap((year) => countyYearRows(countyYear(data, code, year)));
}

/** `/api/prefectures/{code}/{year}.csv`: the prefecture's own figures first, then each of its counties in registry order. */
export function prefectureYearRows(data: SiteData, code: string, year: number): ExportRow[] {
  return [
    ...divisionYearRows(data, code, year),
    ...childrenOf(data.divisions, code, year)
      .filter((d) => d.level === 'county')
      .flatMap((county) => countyYearRows(countyYear(data, county.code, year))),
  ];
}

/** One line of an indicator-year ranking. */
export interface RankingRow {
  /** 1 = largest figure (ties share a rank: 1, 1, 3); empty when the figure is missing. */
  rank: number | null;
  /** `yes` when other counties share the rank. */
  tied: 'yes' | '';
  division_code: string;
  name_zh: string;
  name_en: string;
  prefecture_code: string;
  prefecture_zh: string;
  prefecture_en: string;
  year: number;
  indicator: string;
  indicator_zh: string;
  indicator_en: string;
  unit: string;
  value: number | null;
  missing_reason: string;
  dataset: string;
  dataset_version: string;
  status: string;
}

/**
 * `/api/indicators/{id}/{year}.csv`: every county in force that year, ranked as the page's table
 * (largest first, ties sharing a rank, registry code breaking ties), missing figures last with their reason.
 */
export function rankingRows(data: SiteData, map: Choropleth): RankingRow[] {
  const { indicator, year } = map;
  const byCode = new Map(map.observations.map((o) => [o.code, o]));
  const ranked = new Map(rankBy(map.observations, indicator.id).map((r) => [r.code, r]));
  const datasets = new Map(data.datasets.map((d) => [d.name, d]));
  const rows = countiesInForce(data.divisions, year).map((county): RankingRow => {
    const observation = byCode.get(county.code);
    const cell = cellOf(observation, indicator.id);
    const rank = ranked.get(county.code);
    const prefecture = county.parent ? divisionByCode(data.divisions, county.parent) : undefined;
    const dataset = observation ? datasets.get(observation.dataset) : undefined;
    return {
      rank: rank?.rank ?? null,
      tied: (rank?.sharedBy ?? 1) > 1 ? 'yes' : '',
      division_code: county.code,
      name_zh: county.nameZh,
      name_en: county.nameEn,
      prefecture_code: prefecture?.code ?? '',
      prefecture_zh: prefecture?.nameZh ?? '',
      prefecture_en: prefecture?.nameEn ?? '',
      ...figureColumns(year, indicator, cell),
      dataset: dataset?.name ?? '',
      dataset_version: dataset?.meta.version ?? '',
      status: dataset?.meta.status ?? '',
    };
  });
  const order = (r: RankingRow) => r.rank ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) => order(a) - order(b) || a.division_code.localeCompare(b.division_code));
}
