import { divisionByCode, PROVINCE_CODE } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { changeBetween, type Change } from '../stats/change.ts';
import { cellOf, type Cell, type Observation } from '../stats/observation.ts';
import { comparisonOf, standingAmong, type Comparison, type Ranked } from '../stats/rank.ts';
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

/** The year's counties for one indicator, ranked, with each county's rank and its prefecture's counties. */
interface YearContext {
  ranked: readonly Ranked[];
  rankOf: ReadonlyMap<string, Ranked>;
  byPrefecture: ReadonlyMap<string, readonly Observation[]>;
}

const contexts = new WeakMap<SiteData, Map<string, YearContext>>();
const views = new WeakMap<SiteData, Map<string, CountyYear>>();

/**
 * Computed once per data load, year and indicator: every county-year page, its CSV and JSON, the
 * county's all-years CSV and its prefecture's CSV ask for the same ranking. Recomputing it per
 * county made the build quadratic in the number of counties (a county scan and sort per figure).
 */
function yearContext(data: SiteData, year: number, indicator: string): YearContext {
  const known = contexts.get(data) ?? new Map<string, YearContext>();
  contexts.set(data, known);
  const key = `${year}/${indicator}`;
  let context = known.get(key);
  if (!context) {
    const counties = indexOf(data).countyRows(year, indicator);
    const ranked = indexOf(data).countyRanking(year, indicator);
    const byPrefecture = new Map<string, Observation[]>();
    for (const o of counties) {
      const parent = divisionByCode(data.divisions, o.code)?.parent ?? '';
      const group = byPrefecture.get(parent);
      if (group) group.push(o);
      else byPrefecture.set(parent, [o]);
    }
    context = { ranked, rankOf: new Map(ranked.map((r) => [r.code, r])), byPrefecture };
    known.set(key, context);
  }
  return context;
}

/**
 * Everything a county-year page shows, from the loaded data. Pure: no I/O beyond `data`.
 * Computed once per county and year and shared: callers must not change it.
 */
export function countyYear(data: SiteData, code: string, year: number): CountyYear {
  const known = views.get(data) ?? new Map<string, CountyYear>();
  views.set(data, known);
  const key = `${code}/${year}`;
  let view = known.get(key);
  if (!view) {
    view = computeCountyYear(data, code, year);
    known.set(key, view);
  }
  return view;
}

function computeCountyYear(data: SiteData, code: string, year: number): CountyYear {
  const index = indexOf(data);
  const county = divisionByCode(data.divisions, code);
  const prefecture = county?.parent ? divisionByCode(data.divisions, county.parent) : undefined;
  if (!county || !prefecture) throw new Error(`countyYear: unknown county ${code}`);
  const lookup = (indicator: string) => (c: string, y: number) => index.find(c, y, indicator)?.observation;
  const figures: CountyFigure[] = [];
  for (const indicator of data.indicators) {
    const found = index.find(code, year, indicator.id);
    if (!found) continue;
    const { ranked, rankOf, byPrefecture } = yearContext(data, year, indicator.id);
    const own = rankOf.get(code);
    const siblings = byPrefecture.get(prefecture.code) ?? [];
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
