import { countiesInForce } from '../divisions/index.ts';
import { classRanges } from '../geo/legend.ts';
import { classColour, fillFor, NO_DATA_FILL, type Better } from '../geo/scale.ts';
import { classLabel, formatValue, missingLabel } from '../i18n/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { Unit } from '../schemas/indicator.ts';
import { cellOf, rankBy, type Cell, type MissingCode } from '../stats/index.ts';
import type { Choropleth } from './choropleth.ts';
import type { SiteData } from './load.ts';
import { releaseLabel, releaseOf } from '../releases/release-line.ts';

/**
 * `/api/indicators/{id}/{year}.json`: one indicator-year map as data, for anyone reusing the
 * figures: each county's value, its class colour and key, its rank (ties marked), the labels the
 * pages show, and provenance and the example flag travelling with the values.
 */
export interface IndicatorYearJson {
  indicator: { id: string; nameZh: string; nameEn: string; unit: Unit; better: Better };
  year: number;
  example: boolean;
  /** The releases the values come from; `release` reads `county-example v1.0.0 (2026-11-28)` (release-line.ts). */
  dataset: Array<{ name: string; version: string; published: string; release: string; status: 'official' | 'example' }>;
  breaks: number[];
  classes: Array<{ colour: string; labelZh: string; labelEn: string }>;
  noData: { fill: string };
  values: Array<{
    code: string;
    value: number | null;
    /** Why the value is missing; null when there is a value or when the county has no row at all. */
    missing: MissingCode | null;
    /**
     * The figure alone as the pages show it ("1,234 人", "13.5 万人", "未公布"); `value` is exact.
     */
    label: { zh: string; en: string };
    fill: string;
    /** 1 = largest figure (ties share a rank); null when missing. */
    rank: number | null;
    /** True when other counties share the rank (并列 / tied). */
    tied: boolean;
  }>;
}

/**
 * The key's wording for each class, the same as the map's Legend, from the values each class
 * holds: "0 人", "1～3 人", "13 人及以上" (see classLabel in src/lib/i18n/format.ts).
 */
export function classLabels(
  lang: Lang,
  unit: Unit,
  breaks: readonly number[],
  values: readonly (number | null)[],
): string[] {
  return classRanges(values, breaks).map((range) => classLabel(lang, range, unit));
}

/** "1,234 人" / "1,234 people" / "未公布": a figure as Figure.astro and the map's tooltips show it. */
export function figureLabel(lang: Lang, cell: Cell, unit: Unit): string {
  return cell.kind === 'value' ? formatValue(lang, cell.value, unit) : missingLabel(lang, cell.reason);
}

/** The JSON body for one indicator-year map; one entry per county in force that year, in registry order. */
export function indicatorYearJson(data: SiteData, map: Choropleth): IndicatorYearJson {
  const { indicator, year, breaks } = map;
  const better = indicator.better as Better;
  const byCode = new Map(map.observations.map((o) => [o.code, o]));
  const rank = new Map(rankBy(map.observations, indicator.id).map((r) => [r.code, r]));
  const values = map.observations.map((o) => cellOf(o, indicator.id)).map((c) => (c.kind === 'value' ? c.value : null));
  const zh = classLabels('zh-CN', indicator.unit, breaks, values);
  const en = classLabels('en', indicator.unit, breaks, values);
  return {
    indicator: { id: indicator.id, nameZh: indicator.nameZh, nameEn: indicator.nameEn, unit: indicator.unit, better },
    year,
    example: map.example,
    dataset: map.datasets.map((d) => ({
      name: d.name,
      version: d.meta.version,
      published: d.meta.published,
      release: releaseLabel(releaseOf(d)),
      status: d.meta.status,
    })),
    breaks: [...breaks],
    classes: zh.map((labelZh, i) => ({ colour: classColour(i, zh.length), labelZh, labelEn: en[i]! })),
    noData: { fill: NO_DATA_FILL },
    values: countiesInForce(data.divisions, year).map((county) => {
      const cell = cellOf(byCode.get(county.code), indicator.id);
      return {
        code: county.code,
        value: cell.kind === 'value' ? cell.value : null,
        missing: cell.kind === 'missing' && cell.reason !== 'absent' ? cell.reason : null,
        label: { zh: figureLabel('zh-CN', cell, indicator.unit), en: figureLabel('en', cell, indicator.unit) },
        fill: fillFor(cell.kind === 'value' ? cell.value : null, breaks),
        rank: rank.get(county.code)?.rank ?? null,
        tied: (rank.get(county.code)?.sharedBy ?? 1) > 1,
      };
    }),
  };
}

/** One file of the API, as `/api/index.json` lists it. */
export interface ApiFile {
  path: string;
  format: 'json' | 'csv';
  /** What the file holds, in both languages. */
  description: { zh: string; en: string };
  /** Marks files built (partly) from example data. */
  example: boolean;
}

/** `/api/index.json`: every API file, sorted by path, so people can discover them without scraping. */
export function apiIndex(
  files: readonly ApiFile[],
  updated: string,
): { updated: string; count: number; files: ApiFile[] } {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { updated, count: sorted.length, files: sorted };
}
