import { classColour, fillFor, prefectureMesh, type Better } from '../geo/index.ts';
import { releaseLine, releaseOf } from '../releases/release-line.ts';
import { formatValue, missingLabel } from '../i18n/format.ts';
import { nameIn, pick, t, type Lang } from '../i18n/index.ts';
import { indicatorYearPath } from '../routes.ts';
import { classLabels } from '../site-data/api.ts';
import { choropleth, type Choropleth } from '../site-data/choropleth.ts';
import { isExample, type Dataset } from '../site-data/datasets.ts';
import type { SiteData } from '../site-data/load.ts';
import { countyMapBase } from '../site-data/map-base.ts';
import { cellOf, valueOf } from '../stats/index.ts';
import type { CardInput } from './card-svg.ts';
import type { MapSvgInput } from './map-svg.ts';

/**
 * The words and shapes of one indicator-year map for the share files, from the same site data,
 * class breaks, key wording and geometry (src/lib/geo) the page's map uses.
 */
function mapOf(data: SiteData, id: string, year: number): Choropleth {
  const map = choropleth(data, id, year);
  if (!map) throw new Error(`share: no county figures for ${id} in ${year}`);
  return map;
}

/** The source line: each dataset's title, release (name, version, date) and status, as the embed prints it. */
export function sourceLine(lang: Lang, map: { datasets: readonly Dataset[] }): string {
  const datasets = map.datasets.map(
    (d) =>
      pick(lang, { zh: d.meta.titles['zh-CN'], en: d.meta.titles.en }) +
      t(lang, 'punct.open') +
      releaseLine(lang, releaseOf(d)) +
      t(lang, 'punct.comma') +
      t(lang, isExample(d) ? 'data.status.example' : 'data.status.official') +
      t(lang, 'punct.close'),
  );
  return t(lang, 'share.source') + datasets.join(t(lang, 'punct.semicolon'));
}

/** The prefecture borders and coast as one path drawing each stretch once (half the bytes of one outline per prefecture). */
const outlines = (year: number) => [{ d: prefectureMesh(year) }];

/** Everything the standalone SVG of `id` in `year` says and draws, in `lang`. */
export function mapSvgInput(data: SiteData, id: string, year: number, lang: Lang, siteUrl: string | URL): MapSvgInput {
  const map = mapOf(data, id, year);
  const { indicator, breaks, observations } = map;
  const base = countyMapBase(data, year);
  const byCode = new Map(observations.map((o) => [o.code, o]));
  const values = observations.map((o) => valueOf(o, indicator.id) ?? null);
  const better = indicator.better as Better;
  const name = nameIn(lang, indicator);
  const label = (code: string, division: { nameZh: string; nameEn: string } | undefined) => {
    const cell = cellOf(byCode.get(code), indicator.id);
    const figure =
      cell.kind === 'value' ? formatValue(lang, cell.value, indicator.unit) : missingLabel(lang, cell.reason);
    return `${division ? nameIn(lang, division) : code}${t(lang, 'punct.colon')}${figure}`;
  };
  return {
    lang,
    title: t(lang, 'ind.year.mapLabel', { year, indicator: name }),
    counties: base.counties.map((c) => ({
      d: c.d,
      fill: fillFor(valueOf(byCode.get(c.code), indicator.id), breaks),
      label: label(c.code, c.division),
    })),
    prefectures: outlines(year),
    key: {
      title: t(lang, 'map.legend.neutral'),
      better: better === 'neutral' ? undefined : t(lang, better === 'lower' ? 'map.legend.lower' : 'map.legend.higher'),
      classes: classLabels(lang, indicator.unit, breaks, values).map((text, i) => ({
        colour: classColour(i, breaks.length + 1),
        text,
      })),
      noData: t(lang, 'map.legend.none'),
    },
    example: map.example ? t(lang, 'map.example') : undefined,
    source: sourceLine(lang, map),
    credit: t(lang, 'map.credit', { year }),
    siteLine: t(lang, 'share.siteLine', {
      site: t(lang, 'site.name'),
      url: new URL(indicatorYearPath(indicator.id, year, lang), siteUrl).href,
    }),
  };
}

/** The social picture of `id` in `year` (no words, so one for both languages). */
export function mapCardInput(data: SiteData, id: string, year: number): CardInput {
  const map = mapOf(data, id, year);
  const base = countyMapBase(data, year);
  const byCode = new Map(map.observations.map((o) => [o.code, o]));
  return {
    counties: base.counties.map((c) => ({
      d: c.d,
      fill: fillFor(valueOf(byCode.get(c.code), map.indicator.id), map.breaks),
    })),
    prefectures: outlines(year),
    classes: Array.from({ length: map.breaks.length + 1 }, (_, i) => classColour(i, map.breaks.length + 1)),
  };
}

/** The site card: the province's counties and prefectures as they stood at the end of `year`. */
export function siteCardInput(data: SiteData, year: number): CardInput {
  const base = countyMapBase(data, year);
  return { counties: base.counties.map((c) => ({ d: c.d })), prefectures: outlines(year) };
}

/** The `og:image:alt` of an indicator-year picture. */
export function mapImageAlt(lang: Lang, data: SiteData, id: string, year: number): string {
  const map = mapOf(data, id, year);
  return t(lang, map.example ? 'share.mapImage.altExample' : 'share.mapImage.alt', {
    year,
    indicator: nameIn(lang, map.indicator),
  });
}
