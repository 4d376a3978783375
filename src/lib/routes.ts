import type { Lang } from './i18n/index.ts';

/**
 * The one place URLs are made, so links, the sitemap and tests agree.
 * Every path ends in `/` because the site is built with `trailingSlash: 'always'`.
 */
function prefix(lang: Lang): string {
  return lang === 'en' ? '/en' : '';
}

export const homePath = (lang: Lang) => `${prefix(lang)}/`;
export const yearPath = (year: number, lang: Lang) => `${prefix(lang)}/years/${year}/`;
export const countyPath = (code: string, lang: Lang) => `${prefix(lang)}/counties/${code}/`;
export const countyYearPath = (code: string, year: number, lang: Lang) => `${prefix(lang)}/counties/${code}/${year}/`;
export const countiesPath = (lang: Lang) => `${prefix(lang)}/counties/`;
export const prefecturePath = (code: string, lang: Lang) => `${prefix(lang)}/prefectures/${code}/`;
export const prefectureYearPath = (code: string, year: number, lang: Lang) =>
  `${prefix(lang)}/prefectures/${code}/${year}/`;
export const indicatorsPath = (lang: Lang) => `${prefix(lang)}/indicators/`;
export const indicatorPath = (id: string, lang: Lang) => `${prefix(lang)}/indicators/${id}/`;
export const indicatorYearPath = (id: string, year: number, lang: Lang) => `${prefix(lang)}/indicators/${id}/${year}/`;
/** The bare map of an indicator-year page, for other sites to show in an `<iframe>`. */
export const embedPath = (id: string, year: number, lang: Lang) => `${prefix(lang)}/embed/indicators/${id}/${year}/`;
export const dataPath = (lang: Lang) => `${prefix(lang)}/data/`;
/** Every release of every dataset, newest first (docs/releases.md). */
export const changesPath = (lang: Lang) => `${prefix(lang)}/changes/`;
export const aboutPath = (lang: Lang) => `${prefix(lang)}/about/`;
export const policyPath = (lang: Lang) => `${prefix(lang)}/policy/`;
export const explainerPath = (slug: string, lang: Lang) => `${prefix(lang)}/policy/${slug}/`;
export const targetsPath = (lang: Lang) => `${prefix(lang)}/targets/`;
/** One promise on the targets tracker (its row `id` is the tracker id). */
export const targetPath = (id: string, lang: Lang) => `${prefix(lang)}/targets/#${id}`;
export const glossaryPath = (lang: Lang) => `${prefix(lang)}/glossary/`;
export const glossaryTermPath = (id: string, lang: Lang) => `${prefix(lang)}/glossary/#${id}`;
export const timelinePath = (lang: Lang) => `${prefix(lang)}/timeline/`;
/** The compare page; its choice is in the query (`?d=371327,371300&y=2019`, src/lib/compare/params.ts). */
export const comparePath = (lang: Lang, query = '') => `${prefix(lang)}/compare/${query ? `?${query}` : ''}`;
/** The search page; the header form sends `?q=` to it. */
export const searchPath = (lang: Lang) => `${prefix(lang)}/search/`;
/** The search page's index, fetched on first use (one file per language; names of both). */
export const searchIndexPath = (lang: Lang) => `/search/index-${lang}.json`;
/** The page a static host serves for unknown addresses (Astro writes src/pages/404.astro to `404.html`). */
export const notFoundPath = (lang: Lang) => (lang === 'en' ? '/en/404.html' : '/404.html');

/** The same page in the other language: strips or adds the `/en` prefix. */
export function otherLangPath(path: string, lang: Lang): string {
  return lang === 'en' ? path.replace(/^\/en(?=\/)/, '') || '/' : `/en${path}`;
}

/** Route params for `src/pages/[...lang]/…`: `undefined` gives the unprefixed Chinese page. */
export const LANG_PARAMS: ReadonlyArray<{ lang: string | undefined; locale: Lang }> = [
  { lang: undefined, locale: 'zh-CN' },
  { lang: 'en', locale: 'en' },
];

/** Static JSON and CSV under /api/ (language-neutral; both carry names in both languages). */
export const countyDataPath = (code: string, year: number, format: 'csv' | 'json') =>
  `/api/counties/${code}/${year}.${format}`;
export const indicatorApiPath = (id: string, year: number, format: 'csv' | 'json' = 'json') =>
  `/api/indicators/${id}/${year}.${format}`;
/** One county's figures in every plan year it was in force, as CSV. */
export const countyAllYearsCsvPath = (code: string) => `/api/counties/${code}/all-years.csv`;
/** A prefecture's own figures and its counties' in one year, as CSV. */
export const prefectureCsvPath = (code: string, year: number) => `/api/prefectures/${code}/${year}.csv`;
/** One division's figures in every plan year, as the compare page reads them (src/lib/compare/data.ts). */
export const compareApiPath = (code: string) => `/api/compare/${code}.json`;

/** A dataset's entry on the data page (its section `id` is the package name). */
export const datasetPath = (name: string, lang: Lang) => `${dataPath(lang)}#${name}`;
/** Raw files of data/, published byte for byte: `file` is the path below data/, e.g. `datasets/plan-targets/plan-targets.csv`. */
export const rawDataFilePath = (file: string) => `/data/${file}`;
/** The Excel-ready twin of a raw CSV (byte-order mark in front): `…/plan-targets.csv` → `…/plan-targets.excel.csv`. */
export const excelTwinPath = (file: string) => `/data/${file.replace(/\.csv$/, '')}.excel.csv`;
/** The list of every file under /api/, for people who want to discover them. */
export const apiIndexPath = () => '/api/index.json';
