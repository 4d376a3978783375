import { countiesInForce } from '../divisions/index.ts';
import { classColour, fillFor, NO_DATA_FILL, type Better } from '../geo/scale.ts';
import { formatValue, missingLabel } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { Unit } from '../schemas/indicator.ts';
import { cellOf, rankBy, type Cell, type MissingCode } from '../stats/index.ts';
import type { Choropleth } from './choropleth.ts';
import type { SiteData } from './load.ts';

/**
 * `/api/indicators/{id}/{year}.json`: everything the map element needs to recolour the county map
 * for another indicator without a page load (the contract MapSwitch.astro relies on), and what a
 * journalist needs to reuse the figures: provenance and the example flag travel with the values.
 */
export interface IndicatorYearJson {
  indicator: { id: string; nameZh: string; nameEn: string; unit: Unit; better: Better };
  year: number;
  example: boolean;
  dataset: Array<{ name: string; version: string; status: 'official' | 'example' }>;
  breaks: number[];
  classes: Array<{ colour: string; labelZh: string; labelEn: string }>;
  noData: { fill: string };
  values: Array<{
    code: string;
    value: number | null;
    /** Why the value is missing; null when there is a value or when the county has no row at all. */
    missing: MissingCode | null;
    /**
     * The figure alone as the pages show it ("1,234 人", "未公布"): the map element puts the
     * county's name in front ("莱芜区: 1,234 人") and the ranked table shows it as is.
     */
    label: { zh: string; en: string };
    fill: string;
    /** 1 = largest figure (ties share a rank); null when missing. */
    rank: number | null;
  }>;
}

/**
 * The key's wording for each class, the same as the map's Legend: "below x", "x to under y",
 * "y and above", or "all values" when the breaks leave a single class.
 */
export function classLabels(lang: Lang, unit: Unit, breaks: readonly number[]): string[] {
  const fmt = (v: number) => formatValue(lang, v, unit);
  return Array.from({ length: breaks.length + 1 }, (_, i) => {
    const low = breaks[i - 1];
    const high = breaks[i];
    if (low === undefined && high === undefined) return t(lang, 'map.class.all');
    if (low === undefined) return t(lang, 'map.class.below', { high: fmt(high!) });
    if (high === undefined) return t(lang, 'map.class.above', { low: fmt(low) });
    return t(lang, 'map.class.between', { low: fmt(low), high: fmt(high) });
  });
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
  const rank = new Map(rankBy(map.observations, indicator.id).map((r) => [r.code, r.rank]));
  const zh = classLabels('zh-CN', indicator.unit, breaks);
  const en = classLabels('en', indicator.unit, breaks);
  return {
    indicator: { id: indicator.id, nameZh: indicator.nameZh, nameEn: indicator.nameEn, unit: indicator.unit, better },
    year,
    example: map.example,
    dataset: map.datasets.map((d) => ({ name: d.name, version: d.meta.version, status: d.meta.status })),
    breaks: [...breaks],
    classes: zh.map((labelZh, i) => ({ colour: classColour(i, zh.length, better), labelZh, labelEn: en[i]! })),
    noData: { fill: NO_DATA_FILL },
    values: countiesInForce(data.divisions, year).map((county) => {
      const cell = cellOf(byCode.get(county.code), indicator.id);
      return {
        code: county.code,
        value: cell.kind === 'value' ? cell.value : null,
        missing: cell.kind === 'missing' && cell.reason !== 'absent' ? cell.reason : null,
        label: { zh: figureLabel('zh-CN', cell, indicator.unit), en: figureLabel('en', cell, indicator.unit) },
        fill: fillFor(cell.kind === 'value' ? cell.value : null, breaks, better),
        rank: rank.get(county.code) ?? null,
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
export function apiIndex(files: readonly ApiFile[], updated: string): { updated: string; count: number; files: ApiFile[] } {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { updated, count: sorted.length, files: sorted };
}
