import { classBreaks } from '../geo/scale.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { valueOf, type Observation } from '../stats/observation.ts';
import { anyExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import { indexOf } from './query.ts';

/** What a map of one indicator in one year needs: the county rows, class breaks and provenance. */
export interface Choropleth {
  indicator: Indicator;
  year: number;
  observations: readonly Observation[];
  breaks: number[];
  datasets: Dataset[];
  example: boolean;
}

const memo = new WeakMap<SiteData, Map<string, Choropleth | null>>();

/**
 * Null when no dataset has county figures for the indicator that year. Computed once per
 * indicator and year: the indicator, embed, year and county pages share the same classes.
 */
export function choropleth(data: SiteData, indicatorId: string, year: number): Choropleth | null {
  const known = memo.get(data) ?? new Map<string, Choropleth | null>();
  memo.set(data, known);
  const key = `${indicatorId}/${year}`;
  if (!known.has(key)) known.set(key, computeChoropleth(data, indicatorId, year));
  return known.get(key)!;
}

function computeChoropleth(data: SiteData, indicatorId: string, year: number): Choropleth | null {
  const index = indexOf(data);
  const indicator = index.indicator(indicatorId);
  if (!indicator) throw new Error(`choropleth: unknown indicator ${indicatorId}`);
  const observations = index.countyRows(year, indicatorId);
  if (observations.length === 0) return null;
  const datasets = [...new Set(observations.map((o) => o.dataset))].map((name) =>
    data.datasets.find((d) => d.name === name)!,
  );
  return {
    indicator,
    year,
    observations,
    breaks: classBreaks(observations.map((o) => valueOf(o, indicatorId))),
    datasets,
    example: anyExample(datasets),
  };
}

/** Indicator ids that have county figures in some year: the ones worth a map. */
export function mappedIndicators(data: SiteData, years: readonly number[]): string[] {
  const index = indexOf(data);
  return data.indicators.filter((i) => years.some((y) => index.countyRows(y, i.id).length > 0)).map((i) => i.id);
}
