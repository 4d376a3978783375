import { formatValue } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { SiteData } from '../site-data/load.ts';
import type { YearSummary } from '../site-data/indicator-view.ts';
import { mapImageAlt } from './map-figure.ts';
import type { ShareImage } from './meta.ts';
import { CARD_SIZE, mapImagePath } from './paths.ts';

/** The headline of an indicator-year page's preview: the county median and the highest county. */
export function indicatorYearHeadline(lang: Lang, summary: YearSummary, unit: Unit): string | undefined {
  if (summary.median === null || summary.max === null) return undefined;
  return t(lang, 'share.headline.indicatorYear', {
    median: formatValue(lang, summary.median, unit),
    max: formatValue(lang, summary.max, unit),
    with: summary.withValue,
  });
}

/** The preview picture of an indicator-year page and its embed. */
export function mapImage(lang: Lang, data: SiteData, id: string, year: number): ShareImage {
  return { path: mapImagePath(id, year), ...CARD_SIZE, alt: mapImageAlt(lang, data, id, year) };
}
