import { median } from 'd3';
import { divisionByCode } from '../divisions/index.ts';
import { PLAN_YEARS } from '../plan.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { valueOf } from '../stats/index.ts';
import type { Observation } from '../stats/observation.ts';
import { choropleth, type Choropleth } from './choropleth.ts';
import type { Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';

/** A county's figures for one indicator over the plan's years, beside two reference lines. */
export interface CountyTrend {
  indicator: Indicator;
  years: number[];
  county: (number | null)[];
  /** Median county of the county's own prefecture, each year (null when none has a figure). */
  prefecture: (number | null)[];
  /** Median county of the province, each year. */
  province: (number | null)[];
  prefectureCode: string;
  example: boolean;
  datasets: Dataset[];
}

/** One indicator's county maps of every year, with the medians the trends draw against. */
interface TrendBase {
  maps: ReadonlyArray<Choropleth | null>;
  /** Per year: each county's observation, by code. */
  byCode: ReadonlyArray<ReadonlyMap<string, Observation>>;
  /** Per year: the median county of each prefecture, by prefecture code. */
  prefecture: ReadonlyArray<ReadonlyMap<string, number | null>>;
  /** Per year: the median county of the province. */
  province: ReadonlyArray<number | null>;
}

const bases = new WeakMap<SiteData, Map<string, TrendBase | null>>();

/**
 * Computed once per indicator and data load, not per county page: recomputing the medians
 * for every county scanned every county each time, quadratic in the number of counties.
 */
function trendBase(data: SiteData, id: string): TrendBase | null {
  const known = bases.get(data) ?? new Map<string, TrendBase | null>();
  bases.set(data, known);
  if (known.has(id)) return known.get(id)!;
  const maps = PLAN_YEARS.map((year) => choropleth(data, id, year));
  let base: TrendBase | null = null;
  if (!maps.every((m) => m === null)) {
    const observations = maps.map((m) => m?.observations ?? []);
    const values = (list: readonly Observation[]) =>
      list.map((o) => valueOf(o, id)).filter((v): v is number => v !== null);
    base = {
      maps,
      byCode: observations.map((list) => new Map(list.map((o) => [o.code, o]))),
      prefecture: observations.map((list) => {
        const groups = new Map<string, Observation[]>();
        for (const o of list) {
          const parent = divisionByCode(data.divisions, o.code)?.parent ?? '';
          const group = groups.get(parent);
          if (group) group.push(o);
          else groups.set(parent, [o]);
        }
        return new Map([...groups].map(([parent, group]) => [parent, median(values(group)) ?? null]));
      }),
      province: observations.map((list) => median(values(list)) ?? null),
    };
  }
  known.set(id, base);
  return base;
}

/**
 * The small multiples of a county page. References are medians of counties, not totals: a county
 * drawn against its prefecture's total would always look tiny. Indicators with no county figure
 * in any year are left out.
 */
export function countyTrends(data: SiteData, code: string, indicatorIds: readonly string[]): CountyTrend[] {
  const parent = divisionByCode(data.divisions, code)?.parent ?? '';
  return indicatorIds.flatMap((id) => {
    const base = trendBase(data, id);
    if (!base) return [];
    const { maps } = base;
    return [
      {
        indicator: maps.find((m) => m !== null)!.indicator,
        years: [...PLAN_YEARS],
        county: base.byCode.map((byCode) => valueOf(byCode.get(code), id)),
        prefecture: base.prefecture.map((byPrefecture) => byPrefecture.get(parent) ?? null),
        province: [...base.province],
        prefectureCode: parent,
        example: maps.some((m) => m?.example),
        datasets: [...new Map(maps.flatMap((m) => m?.datasets ?? []).map((d) => [d.name, d])).values()],
      },
    ];
  });
}
