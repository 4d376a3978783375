import { FIGURE_COLUMNS } from '../data/check-figure-table.ts';
import { formatNumber, type Lang } from '../i18n/index.ts';
import { formatExact } from '../i18n/format.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { descriptorHref } from './links.ts';
import type { SiteData } from './load.ts';

/** What a figure counts: a running total, one calendar year, or a state on its date (data/README.md, "Figure tables"). */
export type PeriodKind = 'cumulative' | 'in-year' | 'point-in-time';

/**
 * One figure a county's own source published, as a county page shows it: the wording as printed
 * first, then the plain value, its date and kind, and the source with its link. Kept apart from
 * the datasets' wide rows, so no map, ranking or total can pick it up.
 */
export interface ReportedFigure {
  code: string;
  year: number;
  /** The date the figure describes; `datedByPublication` when the source states none and this is its publication date. */
  referenceDate: string;
  datedByPublication: boolean;
  periodKind: PeriodKind;
  indicator: Indicator;
  /** The plain number, or null when the source gives only a bound or no exact number (NP). */
  value: number | null;
  /** The figure as the source words it, e.g. `全县累计脱贫135136人`. */
  asWorded: string;
  /** The source as the row repeats it; `url` has passed the site's link guard (links.ts). */
  source: { name: string; title: string; publisher: string; published: string; url: string };
  /** `中文 / English` note on what the wording leaves open, or ''. */
  note: string;
  dataset: { name: string; version: string };
}

const isFigureRows = (rows: ReadonlyArray<Record<string, unknown>>) =>
  rows.length > 0 && FIGURE_COLUMNS.every((c) => c in rows[0]!);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

// Every county page asks; read the figure tables once per data load.
const memo = new WeakMap<SiteData, ReportedFigure[]>();

/** Every figure of the official datasets' figure tables (e.g. county-reported), in row order. */
export function reportedFigures(data: SiteData): ReportedFigure[] {
  let figures = memo.get(data);
  if (figures) return figures;
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  figures = data.datasets
    .filter((d) => d.meta.status === 'official')
    .flatMap((d) =>
      Object.values(d.tables)
        .filter(isFigureRows)
        .flat()
        .flatMap((row): ReportedFigure[] => {
          const indicator = indicators.get(text(row.indicator));
          if (!indicator || typeof row.year !== 'number') return [];
          return [
            {
              code: text(row.division_code),
              year: row.year,
              referenceDate: text(row.reference_date),
              datedByPublication: row.reference_date_basis === 'publication',
              periodKind: text(row.period_kind) as PeriodKind,
              indicator,
              value: typeof row.value === 'number' ? row.value : null,
              asWorded: text(row.as_worded),
              source: {
                name: text(row.source),
                title: text(row.source_title),
                publisher: text(row.source_publisher),
                published: text(row.source_date),
                url: descriptorHref(text(row.source_url)),
              },
              note: text(row.note),
              dataset: { name: d.name, version: d.meta.version },
            },
          ];
        }),
    );
  memo.set(data, figures);
  return figures;
}

/** The published figures of one county, of one year when `year` is given, oldest first. */
export function reportedFiguresFor(data: SiteData, code: string, year?: number): ReportedFigure[] {
  return reportedFigures(data)
    .filter((f) => f.code === code && (year === undefined || f.year === year))
    .sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
}

/**
 * The value for a reader, with every decimal the source printed: a published 1.16% stays 1.16%,
 * where the site's usual one-decimal rates would show 1.2% (null: the source gave no exact number).
 */
export function reportedValueText(lang: Lang, figure: Pick<ReportedFigure, 'value' | 'indicator'>): string | null {
  const { value, indicator } = figure;
  if (value === null) return null;
  if (indicator.unit !== 'percent') return formatExact(lang, value, indicator.unit);
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return `${formatNumber(lang, value, decimals)}%`;
}
