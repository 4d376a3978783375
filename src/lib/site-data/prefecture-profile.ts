import { childrenOf, divisionByCode } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { cellOf, type Cell, type Observation } from '../stats/observation.ts';
import { choropleth, mappedIndicators, type Choropleth } from './choropleth.ts';
import { unique } from './county-profile.ts';
import { anyExample, isExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';

/** A division's own rows in one dataset (not its counties'), by indicator and year. */
export interface DatasetFigures {
  dataset: Dataset;
  years: number[];
  rows: FigureRow[];
  /** The rows' free-text `note` cells, by year then row order (several when a year has several rows). */
  notes: Array<{ year: number; note: string }>;
  example: boolean;
}

export interface FigureRow {
  indicator: Indicator;
  cells: Array<{ year: number; cell: Cell }>;
}

/**
 * The rows the datasets hold for `code` itself, one group per dataset, so official figures (the
 * end-2015 baseline) and example figures never share a table row and cannot be read as one
 * series. `years` limits the years (default: every year the dataset has a row for `code`).
 */
export function ownFigures(data: SiteData, code: string, years?: readonly number[]): DatasetFigures[] {
  const groups: DatasetFigures[] = [];
  for (const dataset of data.datasets) {
    const own = dataset.observations.filter((o) => o.code === code && (!years || years.includes(o.year)));
    if (own.length === 0) continue;
    const shown = [...new Set(own.map((o) => o.year))].sort((a, b) => a - b);
    const rows = data.indicators
      .filter((i) => dataset.indicators.includes(i.id))
      .map((indicator) => ({
        indicator,
        cells: shown.map((year) => ({ year, cell: cellIn(own, year, indicator.id) })),
      }));
    const notes = shown.flatMap((year) =>
      own.filter((o) => o.year === year && o.note?.trim()).map((o) => ({ year, note: o.note! })),
    );
    groups.push({ dataset, years: shown, rows, notes, example: isExample(dataset) });
  }
  return groups;
}

// A dataset may hold several rows for one division and year (province-reported: one per source);
// the cell is the one with a value, else the first row's missing-value code.
function cellIn(rows: readonly Observation[], year: number, id: string): Cell {
  const cells = rows.filter((o) => o.year === year).map((o) => cellOf(o, id));
  return cells.find((c) => c.kind === 'value') ?? cells[0] ?? { kind: 'missing', reason: 'absent' };
}

// Preferred map for a prefecture-year page: the plan's headline measure first (the share of the
// rural population still poor), then the counts behind it; the first that tells counties apart
// (at least two classes) wins, since a one-colour map says nothing. Otherwise the first mapped one.
export const DEFAULT_MAP_INDICATORS = ['poverty_incidence', 'remaining_poor', 'registered_poor'] as const;

const defaults = new WeakMap<SiteData, Map<number, string | null>>();

export function defaultMapIndicator(data: SiteData, year: number): string | null {
  const byYear = defaults.get(data) ?? new Map<number, string | null>();
  defaults.set(data, byYear);
  if (byYear.has(year)) return byYear.get(year)!;
  const mapped = mappedIndicators(data, [year]);
  const candidates = [...DEFAULT_MAP_INDICATORS.filter((id) => mapped.includes(id)), ...mapped];
  const chosen = candidates.find((id) => (choropleth(data, id, year)?.breaks.length ?? 0) > 0) ?? mapped[0] ?? null;
  byYear.set(year, chosen);
  return chosen;
}

/**
 * The province map's figures narrowed to `codes`: classes (breaks) stay the province's, so a
 * colour means the same on a prefecture page as on the province map.
 */
export function restrictChoropleth(map: Choropleth, codes: ReadonlySet<string>): Choropleth {
  const observations = map.observations.filter((o) => codes.has(o.code));
  const datasets = map.datasets.filter((d) => observations.some((o) => o.dataset === d.name));
  return { ...map, observations, datasets, example: anyExample(datasets) };
}

export interface PrefectureYear {
  prefecture: Division;
  year: number;
  counties: Division[];
  figures: DatasetFigures[];
  /** Province-wide map of the default indicator (the zoomed map shows neighbours in context). */
  map: Choropleth | null;
  /** The same, limited to this prefecture's counties: the ranked table. */
  local: Choropleth | null;
  datasets: Dataset[];
  example: boolean;
}

export function prefectureYear(data: SiteData, code: string, year: number): PrefectureYear {
  const prefecture = divisionByCode(data.divisions, code);
  if (!prefecture || prefecture.level !== 'prefecture')
    throw new Error(`prefectureYear: ${code} is not a prefecture of the registry`);
  const counties = childrenOf(data.divisions, code, year);
  const figures = ownFigures(data, code, [year]);
  const indicator = defaultMapIndicator(data, year);
  const map = indicator ? choropleth(data, indicator, year) : null;
  const local = map ? restrictChoropleth(map, new Set(counties.map((c) => c.code))) : null;
  const datasets = unique([...figures.map((f) => f.dataset), ...(map?.datasets ?? [])]);
  return { prefecture, year, counties, figures, map, local, datasets, example: anyExample(datasets) };
}
