import type { Lang } from '../i18n/index.ts';

/**
 * Addresses of the share files. Pictures carry no words, so there is one per indicator-year for
 * both languages; the SVG downloads carry the title, key and source, so there is one per language.
 */
export const SITE_CARD_PATH = '/share/site.png';
export const mapImagePath = (id: string, year: number) => `/share/maps/${id}/${year}.png`;
export const mapSvgPath = (id: string, year: number, lang: Lang) => `/share/maps/${id}/${year}.${lang}.svg`;
/** The file name a download suggests, e.g. `shandong-registered_poor-2019.svg`. */
export const mapFileName = (id: string, year: number, ext: 'svg' | 'png') => `shandong-${id}-${year}.${ext}`;
/**
 * The charts' standalone SVGs, one per language like the maps'. `key` names what is drawn:
 * `{indicator}-{year}` for a year's strip chart, `{indicator}-{from}-{to}` for a change chart,
 * the county's code for its small multiples.
 */
export type ChartKind = 'strip' | 'change' | 'trends';
export const chartSvgPath = (kind: ChartKind, key: string, lang: Lang) => `/share/charts/${kind}/${key}.${lang}.svg`;
/** e.g. `shandong-registered_poor-2019-strip.png`, never the same name as the map's file. */
export const chartFileName = (kind: ChartKind, key: string, ext: 'svg' | 'png') => `shandong-${key}-${kind}.${ext}`;
/** The optional script another site adds beside an embed's `<iframe>` to fit its height. */
export const EMBED_RESIZE_SCRIPT_PATH = '/share/embed-resize.js';

/** Every social picture is this size: the 1.91:1 card Open Graph and Twitter both show whole. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
