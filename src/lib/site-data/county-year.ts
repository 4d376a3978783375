import { divisionByCode, PROVINCE_CODE } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { changeBetween, type Change } from '../stats/change.ts';
import { cellOf, type Cell } from '../stats/observation.ts';
import { comparisonOf, standingAmong, type Comparison } from '../stats/rank.ts';
import { seriesFor, type SeriesPoint } from '../stats/series.ts';
import { anyExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import { indexOf } from './query.ts';

/** One indicator's line on a county-year page: the figure and everything that puts it in context. */
export interface CountyFigure {
  indicator: Indicator;
  dataset: Dataset;
  cell: Cell;
  /** Rank among the year's counties (1 = largest figure), how many have a figure, and how many share the rank. */
  rank: { rank: number; of: number; sharedBy: number } | null;
  prefecture: Cell;
  province: Cell;
  /** Last year's figure (following division changes) and the change to this year. */
  previous: SeriesPoint | null;
  change: Change | null;
  /** How the figure compares with the other counties of the same prefecture, ties included. */
  inPrefecture: Comparison | null;
}

export interface CountyYear {
  county: Division;
  prefecture: Division;
  year: number;
  figures: CountyFigure[];
  datasets: Dataset[];
  example: boolean;
}

const standingOrNull = (standing: ReturnType<typeof standingAmong>): Comparison | null =>
  standing ? comparisonOf(standing) : null;

/** Everything a county-year page shows, from the loaded data. Pure: no I/O beyond `data`. */
export function countyYear(data: SiteData, code: string, year: number): CountyYear {
  const index = indexOf(data);
  const county = divisionByCode(data.divisions, code);
  const prefecture = county?.parent ? divisionByCode(data.divisions, county.parent) : undefined;
  if (!county || !prefecture) throw new Error(`countyYear: unknown county ${code}`);
  const lookup = (indicator: string) => (c: string, y: number) => index.find(c, y, indicator)?.observation;
  const figures: CountyFigure[] = [];
  for (const indicator of data.indicators) {
    const found = index.find(code, year, indicator.id);
    if (!found) continue;
    const counties = index.countyRows(year, indicator.id);
    const ranked = index.countyRanking(year, indicator.id);
    const own = ranked.find((r) => r.code === code);
    const siblings = counties.filter((o) => divisionByCode(data.divisions, o.code)?.parent === prefecture.code);
    // Last year only when the same dataset covers it; the series follows division changes.
    const previous = found.dataset.meta.referenceYears.includes(year - 1)
      ? (seriesFor(lookup(indicator.id), data.divisions, indicator, code, [year - 1, year])[0] ?? null)
      : null;
    const cell = cellOf(found.observation, indicator.id);
    figures.push({
      indicator,
      dataset: found.dataset,
      cell,
      rank: own ? { rank: own.rank, of: ranked.length, sharedBy: own.sharedBy } : null,
      prefecture: cellOf(index.find(prefecture.code, year, indicator.id)?.observation, indicator.id),
      province: cellOf(index.find(PROVINCE_CODE, year, indicator.id)?.observation, indicator.id),
      previous,
      change:
        previous && cell.kind === 'value' && previous.cell.kind === 'value'
          ? changeBetween(previous.cell.value, cell.value)
          : null,
      inPrefecture: standingOrNull(standingAmong(siblings, indicator.id, code)),
    });
  }
  const datasets = [...new Set(figures.map((f) => f.dataset))];
  return { county, prefecture, year, figures, datasets, example: anyExample(datasets) };
}
