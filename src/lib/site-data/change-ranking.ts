import { countiesInForce } from '../divisions/index.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { changeBetween, rankBy, seriesFor, type Observation } from '../stats/index.ts';
import { anyExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import { indexOf } from './query.ts';

/** One county of the later year ranked by how much its figure changed since the earlier year. */
export interface ChangeRow {
  code: string;
  prefecture: string;
  from: number;
  to: number;
  /** Later minus earlier, in the indicator's unit (points for a rate). */
  change: number;
  /**
   * The earlier counties whose figures stand in for this one's earlier figure, when it did not
   * exist yet: 茌平县 for 茌平区 (renamed), 蓬莱市 and 长岛县 for 蓬莱区 (merged). Null when the
   * earlier figure is the county's own.
   */
  via: string[] | null;
  /** 1 = largest increase (standard competition ranking: ties share a rank, the next is skipped). */
  rank: number;
  sharedBy: number;
}

export interface ChangeRanking {
  indicator: Indicator;
  fromYear: number;
  toYear: number;
  /** Ranked, largest increase first; equal changes share a rank, then by code. */
  rows: ChangeRow[];
  /** Counties of the later year without a figure for either year (or for a part standing in): never ranked as zero. */
  unranked: { code: string; prefecture: string }[];
  datasets: Dataset[];
  example: boolean;
}

/**
 * The counties in force at the end of `toYear`, ranked by the change of one indicator since
 * `fromYear`, in the indicator's unit. A county that did not exist in `fromYear` is compared with
 * the counties that wholly became it, combined as the county pages combine them (`seriesFor`:
 * sums add, rates are recomputed from numerator and denominator); a county carved out of a
 * split one has no earlier figure and is listed as unranked. Null when no county has a figure in
 * both years.
 */
export function changeRanking(
  data: SiteData,
  indicatorId: string,
  fromYear: number,
  toYear: number,
): ChangeRanking | null {
  const index = indexOf(data);
  const indicator = index.indicator(indicatorId);
  if (!indicator) throw new Error(`changeRanking: unknown indicator ${indicatorId}`);
  const lookup = (code: string, year: number) => index.find(code, year, indicatorId)?.observation;
  const used = new Map<string, Dataset>();
  const changes: Observation[] = [];
  const pairs = new Map<string, Omit<ChangeRow, 'rank' | 'sharedBy' | 'change'>>();
  const unranked: ChangeRanking['unranked'] = [];
  for (const county of countiesInForce(data.divisions, toYear)) {
    const prefecture = county.parent ?? '';
    const [before, after] = seriesFor(lookup, data.divisions, indicator, county.code, [fromYear, toYear]);
    if (before?.cell.kind !== 'value' || after?.cell.kind !== 'value') {
      unranked.push({ code: county.code, prefecture });
      continue;
    }
    for (const [code, year] of [
      ...(before.via ?? [county.code]).map((c) => [c, fromYear] as const),
      [county.code, toYear] as const,
    ]) {
      const dataset = index.find(code, year, indicatorId)?.dataset;
      if (dataset) used.set(dataset.name, dataset);
    }
    pairs.set(county.code, {
      code: county.code,
      prefecture,
      from: before.cell.value,
      to: after.cell.value,
      via: before.via,
    });
    const change = changeBetween(before.cell.value, after.cell.value)!.absolute;
    changes.push({ dataset: '', code: county.code, year: toYear, values: { change }, missing: {} });
  }
  if (changes.length === 0) return null;
  const datasets = [...used.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    indicator,
    fromYear,
    toYear,
    rows: rankBy(changes, 'change').map((r) => ({
      ...pairs.get(r.code)!,
      change: r.value,
      rank: r.rank,
      sharedBy: r.sharedBy,
    })),
    unranked,
    datasets,
    example: anyExample(datasets),
  };
}
