import { median } from 'd3';
import { countiesInForce, prefecturesInForce, PROVINCE_CODE } from '../divisions/index.ts';
import { PLAN_YEARS } from '../plan.ts';
import type { Division } from '../schemas/division.ts';
import { cellOf, rankBy, type Cell, type MissingCode, type Ranked } from '../stats/index.ts';
import { choropleth, type Choropleth } from './choropleth.ts';
import type { Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import { indexOf } from './query.ts';
import { reportedFigures } from './reported-figures.ts';

/** One dataset's figure for a division: the value, or why it is missing. */
export interface AreaFigure {
  dataset: Dataset;
  cell: Cell;
}

/**
 * Every dataset's figure for `code` in `year`, one per dataset that has the indicator's column.
 * A dataset with one row per source (province-reported) may hold the value in any of its rows
 * and NP ("this source does not give it") in the others, so a value wins over a missing code.
 */
export function figuresAt(data: SiteData, code: string, year: number, indicator: string): AreaFigure[] {
  const byDataset = new Map<Dataset, Cell>();
  for (const { dataset, observation } of indexOf(data).rows(code, year)) {
    if (!dataset.indicators.includes(indicator)) continue;
    const cell = cellOf(observation, indicator);
    const seen = byDataset.get(dataset);
    if (!seen || (seen.kind === 'missing' && cell.kind === 'value')) byDataset.set(dataset, cell);
  }
  return [...byDataset].map(([dataset, cell]) => ({ dataset, cell }));
}

/** What one year of an indicator's county figures looks like, for summaries and the year list. */
export interface YearSummary {
  year: number;
  map: Choropleth | null;
  /** Counties in force at the end of the year (137, 137, 136). */
  counties: number;
  /** Counties with a value, and the others by reason (`absent`: no row at all). */
  withValue: number;
  missing: Record<MissingCode | 'absent', number>;
  min: number | null;
  median: number | null;
  max: number | null;
  province: AreaFigure[];
}

export function yearSummary(data: SiteData, indicator: string, year: number): YearSummary {
  const map = choropleth(data, indicator, year);
  const counties = countiesInForce(data.divisions, year);
  const byCode = new Map((map?.observations ?? []).map((o) => [o.code, o]));
  const missing: YearSummary['missing'] = { NP: 0, NA: 0, S: 0, absent: 0 };
  const values: number[] = [];
  for (const county of counties) {
    const cell = cellOf(byCode.get(county.code), indicator);
    if (cell.kind === 'value') values.push(cell.value);
    else missing[cell.reason] += 1;
  }
  values.sort((a, b) => a - b);
  return {
    year,
    map,
    counties: counties.length,
    withValue: values.length,
    missing,
    min: values[0] ?? null,
    median: median(values) ?? null,
    max: values.at(-1) ?? null,
    province: figuresAt(data, PROVINCE_CODE, year, indicator),
  };
}

/** One summary per map year (2018–2020). */
export function yearSummaries(data: SiteData, indicator: string): YearSummary[] {
  return PLAN_YEARS.map((year) => yearSummary(data, indicator, year));
}

/** Each prefecture in force that year with the datasets' figures for it (none when no dataset has it). */
export function prefectureFigures(
  data: SiteData,
  indicator: string,
  year: number,
): Array<{ division: Division; figures: AreaFigure[] }> {
  return prefecturesInForce(data.divisions, year).map((division) => ({
    division,
    figures: figuresAt(data, division.code, year, indicator),
  }));
}

/** The `n` counties with the largest and the smallest figures (missing values are left out). */
export function extremes(map: Choropleth, n = 5): { highest: Ranked[]; lowest: Ranked[] } {
  const ranked = rankBy(map.observations, map.indicator.id);
  const take = Math.min(n, Math.floor(ranked.length / 2));
  return { highest: ranked.slice(0, take), lowest: ranked.slice(ranked.length - take).reverse() };
}

/** Datasets (by name) that have a column for the indicator, in load order. */
export function datasetsWith(data: SiteData, indicator: string): Dataset[] {
  // A figure table (county-reported) holds its indicators in rows, not columns.
  const inFigureTables = new Set(
    reportedFigures(data)
      .filter((f) => f.indicator.id === indicator)
      .map((f) => f.dataset.name),
  );
  return data.datasets.filter((d) => d.indicators.includes(indicator) || inFigureTables.has(d.name));
}
