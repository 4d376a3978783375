import { divisionByCode, predecessorsOf, successorsOf, yearsInForce } from '../divisions/index.ts';
import { PLAN_YEARS } from '../plan.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { seriesFor, type SeriesPoint } from '../stats/series.ts';
import { anyExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import { indexOf } from './query.ts';

/** One indicator across the years of a county overview, with the datasets each figure comes from. */
export interface SeriesRow {
  indicator: Indicator;
  points: SeriesPoint[];
  datasets: Dataset[];
  example: boolean;
}

/** A year whose figure is made from other divisions' figures (the registry's successor links). */
export interface StandIn {
  year: number;
  divisions: Division[];
}

export interface CountyProfile {
  county: Division;
  /** The prefecture in the registry (莱芜市 for 莱城区, although it ended too). */
  prefecture: Division | undefined;
  /** Years the overview shows: all three for a division still in force, else its years in force. */
  years: number[];
  /** Years at whose end it was in force: the years with a county-year page. */
  inForceYears: number[];
  standIns: StandIn[];
  rows: SeriesRow[];
  /** What it became (ended divisions) and what it came from (divisions created in 2018–2020). */
  successors: Division[];
  predecessors: Division[];
  datasets: Dataset[];
  example: boolean;
}

const countyIndicatorCache = new WeakMap<SiteData, Indicator[]>();

/** Indicators some dataset has a county-level figure (or missing-value code) for, in catalogue order. */
export function countyIndicators(data: SiteData): Indicator[] {
  const cached = countyIndicatorCache.get(data);
  if (cached) return cached;
  const ids = new Set<string>();
  for (const dataset of data.datasets) {
    const countyRows = dataset.observations.some((o) => divisionByCode(data.divisions, o.code)?.level === 'county');
    if (countyRows) for (const id of dataset.indicators) ids.add(id);
  }
  const indicators = data.indicators.filter((i) => ids.has(i.id));
  countyIndicatorCache.set(data, indicators);
  return indicators;
}

/**
 * A county-level division across 2018–2020. Time series follow the registry's successor links
 * (`seriesFor`): 蓬莱区's 2019 figure is 蓬莱市 + 长岛县, 茌平区's 2018 figure is 茌平县's; a split
 * division never stands in for one of its parts. Pure: reads nothing beyond `data`.
 */
export function countyProfile(data: SiteData, code: string): CountyProfile {
  const index = indexOf(data);
  const county = divisionByCode(data.divisions, code);
  if (!county || county.level !== 'county')
    throw new Error(`countyProfile: ${code} is not a county-level division of the registry`);
  const inForceYears = yearsInForce(county, PLAN_YEARS);
  const years = county.validTo === null ? [...PLAN_YEARS] : inForceYears;
  // Which divisions stand in for which year depends on the registry only, not on an indicator.
  const probe = data.indicators[0];
  const standIns: StandIn[] =
    probe && years.length > 0
      ? seriesFor(() => undefined, data.divisions, probe, code, years)
          .filter((p) => p.via !== null)
          .map((p) => ({
            year: p.year,
            divisions: p.via!.map((c) => divisionByCode(data.divisions, c)!).filter(Boolean),
          }))
      : [];
  const rows =
    years.length === 0
      ? []
      : countyIndicators(data).map((indicator): SeriesRow => {
          const lookup = (c: string, y: number) => index.find(c, y, indicator.id)?.observation;
          const points = seriesFor(lookup, data.divisions, indicator, code, years);
          const datasets = unique(
            points.flatMap((p) => (p.via ?? [code]).map((c) => index.find(c, p.year, indicator.id)?.dataset)),
          );
          return { indicator, points, datasets, example: anyExample(datasets) };
        });
  const datasets = unique(rows.flatMap((r) => r.datasets));
  return {
    county,
    prefecture: county.parent ? divisionByCode(data.divisions, county.parent) : undefined,
    years,
    inForceYears,
    standIns,
    rows,
    successors: county.validTo ? successorsOf(data.divisions, code) : [],
    predecessors: county.validFrom ? predecessorsOf(data.divisions, code) : [],
    datasets,
    example: anyExample(datasets),
  };
}

export function unique(datasets: ReadonlyArray<Dataset | undefined>): Dataset[] {
  return [...new Set(datasets.filter((d): d is Dataset => d !== undefined))].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
