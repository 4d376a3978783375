import { countiesInForce, divisionByCode } from '../divisions/index.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../stats/observation.ts';
import { rankBy, type Ranked } from '../stats/rank.ts';
import { isExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';

/** Lookups over the loaded data, built once per data load. */
export interface Index {
  /** The dataset row that holds `indicator` for `code` in `year` (a value before a missing code, official before example). */
  find(code: string, year: number, indicator: string): { dataset: Dataset; observation: Observation } | undefined;
  /** Every observation of `code` in `year`, one per dataset that has it. */
  rows(code: string, year: number): Array<{ dataset: Dataset; observation: Observation }>;
  /** The county observations of a year for an indicator (one per county in force, when present); shared, do not change. */
  countyRows(year: number, indicator: string): readonly Observation[];
  /** `countyRows` ranked by the indicator (`rankBy`, which ranks a shared list once). */
  countyRanking(year: number, indicator: string): readonly Ranked[];
  indicator(id: string): Indicator | undefined;
}

const indexes = new WeakMap<SiteData, Index>();

export function indexOf(data: SiteData): Index {
  const existing = indexes.get(data);
  if (existing) return existing;
  const byKey = new Map<string, Array<{ dataset: Dataset; observation: Observation }>>();
  for (const dataset of data.datasets) {
    for (const observation of dataset.observations) {
      const key = `${observation.code}/${observation.year}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { dataset, observation }]);
    }
  }
  const rows = (code: string, year: number) => byKey.get(`${code}/${year}`) ?? [];
  // A dataset may hold several rows per division and year, one per source (province-reported):
  // only one of them has the figure, so prefer the row with a value over one with a missing code.
  // Where an official dataset and an example one both have the figure, the published one wins:
  // a reader must never see an invented number where a real one exists.
  type Found = { dataset: Dataset; observation: Observation } | undefined;
  const chosen = new Map<string, Found>(); // pages ask for the same figure many times
  const find = (code: string, year: number, indicator: string): Found => {
    const key = `${code}/${year}/${indicator}`;
    if (chosen.has(key)) return chosen.get(key);
    const candidates = rows(code, year).filter((r) => r.dataset.indicators.includes(indicator));
    const withValue = candidates.filter((r) => typeof r.observation.values[indicator] === 'number');
    const found = withValue.find((r) => !isExample(r.dataset)) ?? withValue[0] ?? candidates[0];
    chosen.set(key, found);
    return found;
  };
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  // Every county-year page of a year ranks each indicator among the same counties: ~820 pages
  // would otherwise each rebuild and sort the same 137 rows per indicator (a profile's top cost).
  const counties = new Map<string, readonly Observation[]>();
  const countyRows = (year: number, indicator: string): readonly Observation[] => {
    const key = `${year}/${indicator}`;
    let found = counties.get(key);
    if (!found) {
      found = Object.freeze(
        countiesInForce(data.divisions, year)
          .map((d) => find(d.code, year, indicator)?.observation)
          .filter((o): o is Observation => o !== undefined),
      );
      counties.set(key, found);
    }
    return found;
  };
  const index: Index = {
    rows,
    find,
    countyRows,
    countyRanking: (year, indicator) => rankBy(countyRows(year, indicator), indicator),
    indicator: (id) => indicators.get(id),
  };
  indexes.set(data, index);
  return index;
}

/** True when any figure for `code` in `year` comes from an example dataset (the page shows the banner). */
export function usesExampleData(data: SiteData, code: string, year: number): boolean {
  return indexOf(data)
    .rows(code, year)
    .some((r) => isExample(r.dataset));
}

export function nameOf(data: SiteData, code: string): { zh: string; en: string } {
  const d = divisionByCode(data.divisions, code);
  return d ? { zh: d.nameZh, en: d.nameEn } : { zh: code, en: code };
}
