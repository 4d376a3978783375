import { median } from 'd3';
import { divisionByCode } from '../divisions/index.ts';
import { PLAN_YEARS } from '../plan.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { valueOf } from '../stats/index.ts';
import { choropleth } from './choropleth.ts';
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

/**
 * The small multiples of a county page. References are medians of counties, not totals: a county
 * drawn against its prefecture's total would always look tiny. Indicators with no county figure
 * in any year are left out.
 */
export function countyTrends(data: SiteData, code: string, indicatorIds: readonly string[]): CountyTrend[] {
  const parent = divisionByCode(data.divisions, code)?.parent ?? '';
  return indicatorIds.flatMap((id) => {
    const maps = PLAN_YEARS.map((year) => choropleth(data, id, year));
    if (maps.every((m) => m === null)) return [];
    const valuesIn = (year: number, keep: (c: string) => boolean) =>
      (maps[PLAN_YEARS.indexOf(year as never)]?.observations ?? [])
        .filter((o) => keep(o.code))
        .map((o) => valueOf(o, id))
        .filter((v): v is number => v !== null);
    const inPrefecture = (c: string) => divisionByCode(data.divisions, c)?.parent === parent;
    return [
      {
        indicator: maps.find((m) => m !== null)!.indicator,
        years: [...PLAN_YEARS],
        county: maps.map((m) =>
          valueOf(
            m?.observations.find((o) => o.code === code),
            id,
          ),
        ),
        prefecture: PLAN_YEARS.map((y) => median(valuesIn(y, inPrefecture)) ?? null),
        province: PLAN_YEARS.map((y) => median(valuesIn(y, () => true)) ?? null),
        prefectureCode: parent,
        example: maps.some((m) => m?.example),
        datasets: [...new Map(maps.flatMap((m) => m?.datasets ?? []).map((d) => [d.name, d])).values()],
      },
    ];
  });
}
