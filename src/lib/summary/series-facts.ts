import { countyProfile, type SeriesRow } from '../site-data/county-profile.ts';
import type { SiteData } from '../site-data/load.ts';
import { reportedFiguresFor } from '../site-data/reported-figures.ts';
import type { Division } from '../schemas/division.ts';
import { predecessorsOf } from '../divisions/index.ts';
import { HEADLINE_INDICATORS } from './facts.ts';

/** A county across 2018–2020: the headline rows of its overview and what the summary must say about them. */
export interface CountySeriesFacts {
  division: Division;
  years: number[];
  rows: SeriesRow[];
  formedFrom: Division[];
  /** Figures the county's own sources published, all years (dataset county-reported). */
  reportedCount: number;
}

/** Pure: the headline rows come from countyProfile, so the summary and the table never disagree. */
export function countySeriesFacts(data: SiteData, code: string): CountySeriesFacts {
  const profile = countyProfile(data, code);
  const headline: readonly string[] = HEADLINE_INDICATORS;
  const rows = headline
    .map((id) => profile.rows.find((r) => r.indicator.id === id))
    .filter((r): r is SeriesRow => r !== undefined);
  return {
    division: profile.county,
    years: profile.years,
    rows,
    formedFrom: profile.county.validFrom
      ? predecessorsOf(data.divisions, code).filter((d) => d.level === profile.county.level)
      : [],
    reportedCount: reportedFiguresFor(data, code).length,
  };
}
