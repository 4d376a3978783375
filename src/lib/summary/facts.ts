import {
  countiesInForce,
  divisionByCode,
  isInForce,
  predecessorsOf,
  prefecturesInForce,
  referenceDate,
  PROVINCE_CODE,
} from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { cellOf, type Cell, type Observation } from '../stats/observation.ts';
import { rankBy } from '../stats/rank.ts';
import { seriesFor } from '../stats/series.ts';
import { isExample } from '../site-data/datasets.ts';
import type { SiteData } from '../site-data/load.ts';
import { indexOf } from '../site-data/query.ts';
import { reportedFiguresFor } from '../site-data/reported-figures.ts';

/**
 * The figures a citizen asks about first (issue "Read what happened"): how many are still poor,
 * how many were lifted out, how many key villages left the list, how many houses were made safe.
 */
export const HEADLINE_INDICATORS = ['remaining_poor', 'lifted_out', 'key_villages_exited', 'houses_renovated'] as const;

/** One headline figure of one division in one year, with what a sentence about it needs. */
export interface HeadlineFact {
  indicator: Indicator;
  cell: Cell;
  /** This year minus last year, following division changes; null when either is missing. */
  change: number | null;
  /** Divisions whose last-year figures were added up because this one did not exist yet. */
  changeVia: Division[] | null;
  /** Competition rank among the peers (1 = largest figure) and how many others share it. */
  rank: { rank: number; of: number; tiedWith: number } | null;
  example: boolean;
}

export interface AreaYearFacts {
  division: Division;
  year: number;
  /** Where the rank is taken: the prefecture for a county, the province for a prefecture. */
  group: Division | null;
  facts: HeadlineFact[];
  /** Divisions of its own level this one was formed from, when it was set up during the period (as DivisionNote lists them). */
  formedFrom: Division[];
  /** How many figures the county's own sources published for this year (dataset county-reported). */
  reportedCount: number;
}

const countyGroups = new WeakMap<SiteData, Map<number, Map<string | null, Division[]>>>();

/** The counties in force at the end of `year`, by prefecture: one registry pass per year, not one per page. */
function countiesByParent(data: SiteData, year: number): Map<string | null, Division[]> {
  const byYear = countyGroups.get(data) ?? new Map<number, Map<string | null, Division[]>>();
  countyGroups.set(data, byYear);
  let groups = byYear.get(year);
  if (!groups) {
    groups = new Map();
    for (const d of countiesInForce(data.divisions, year)) {
      const group = groups.get(d.parent);
      if (group) group.push(d);
      else groups.set(d.parent, [d]);
    }
    byYear.set(year, groups);
  }
  return groups;
}

/** The divisions a division is ranked among in a year: its prefecture's counties, or all prefectures. */
function peersOf(data: SiteData, division: Division, year: number): { group: Division | null; peers: Division[] } {
  if (division.level === 'county') {
    const group = division.parent ? (divisionByCode(data.divisions, division.parent) ?? null) : null;
    return { group, peers: [...(countiesByParent(data, year).get(division.parent) ?? [])] };
  }
  if (division.level === 'prefecture') {
    return {
      group: divisionByCode(data.divisions, PROVINCE_CODE) ?? null,
      peers: prefecturesInForce(data.divisions, year),
    };
  }
  return { group: null, peers: [] };
}

/** The headline facts of a county, prefecture or the province in one year. Pure: reads only `data`. */
export function areaYearFacts(data: SiteData, code: string, year: number): AreaYearFacts {
  const index = indexOf(data);
  const division = divisionByCode(data.divisions, code);
  if (!division) throw new Error(`areaYearFacts: unknown division ${code}`);
  const { group, peers } = peersOf(data, division, year);
  const facts: HeadlineFact[] = [];
  for (const id of HEADLINE_INDICATORS) {
    const indicator = index.indicator(id);
    if (!indicator) continue;
    // A published figure beats a generated one (the province has both); rank and change then
    // stay inside that one dataset, so a real figure is never compared with an example one.
    const rows = index.rows(code, year).filter((r) => r.dataset.indicators.includes(id));
    const found =
      rows.find((r) => !isExample(r.dataset) && typeof r.observation.values[id] === 'number') ??
      index.find(code, year, id);
    const cell = cellOf(found?.observation, id);
    const lookup = (c: string, y: number) =>
      index.rows(c, y).find((r) => r.dataset === found?.dataset && typeof r.observation.values[id] === 'number')
        ?.observation ?? index.rows(c, y).find((r) => r.dataset === found?.dataset)?.observation;
    const previous = found?.dataset.meta.referenceYears.includes(year - 1)
      ? (seriesFor(lookup, data.divisions, indicator, code, [year - 1, year])[0] ?? null)
      : null;
    const change =
      previous && previous.cell.kind === 'value' && cell.kind === 'value' ? cell.value - previous.cell.value : null;
    const peerRows = peers.map((p) => lookup(p.code, year)).filter((o): o is Observation => o !== undefined);
    const ranked = rankBy(peerRows, id);
    const own = ranked.find((r) => r.code === code);
    facts.push({
      indicator,
      cell,
      change,
      changeVia:
        change !== null && previous?.via
          ? previous.via.map((c) => divisionByCode(data.divisions, c)).filter((d): d is Division => d !== undefined)
          : null,
      rank:
        own && ranked.length > 1
          ? { rank: own.rank, of: ranked.length, tiedWith: ranked.filter((r) => r.rank === own.rank).length - 1 }
          : null,
      example: found ? isExample(found.dataset) : false,
    });
  }
  const formedFrom =
    division.validFrom && isInForce(division, referenceDate(year))
      ? predecessorsOf(data.divisions, code).filter((d) => d.level === division.level)
      : [];
  const reportedCount = division.level === 'county' ? reportedFiguresFor(data, code, year).length : 0;
  return { division, year, group, facts, formedFrom, reportedCount };
}
