import { countiesInForce, prefecturesInForce } from '../divisions/index.ts';
import type { Lang } from '../i18n/index.ts';
import { inThisPart } from '../build-part.ts';
import * as routes from '../routes.ts';
import { mappedIndicators } from './choropleth.ts';
import type { SiteData } from './load.ts';
import { indexOf } from './query.ts';

/**
 * Every page built from data/, one list per template: `getStaticPaths`, the API index, the
 * sitemap check in scripts/build.ts and the tests all read these lists, so they cannot disagree.
 */
export interface PageLists {
  /** Year pages: the years of the data folder (SiteData.years; for data/, the plan years). */
  years: readonly number[];
  /** County overviews: every county-level code of the registry, ended ones included. */
  counties: readonly string[];
  /** County-year pages and downloads: each county in force at the end of each plan year. */
  countyYears: ReadonlyArray<{ code: string; year: number }>;
  /** Prefecture overviews: every prefecture of the registry, ended ones included. */
  prefectures: readonly string[];
  /** Prefecture-year pages: each prefecture in force at the end of each plan year. */
  prefectureYears: ReadonlyArray<{ code: string; year: number }>;
  /** Indicator pages: the whole catalogue. */
  indicators: readonly string[];
  /** Indicator-year maps, embeds and JSON: each indicator × year with county figures. */
  indicatorYears: ReadonlyArray<{ id: string; year: number }>;
}

const memo = new WeakMap<SiteData, PageLists>();

/**
 * The page lists of `data`. Throws when a list is empty or a plan year has no county or
 * prefecture in force: a registry or catalogue that lost rows must fail the build, never
 * publish a smaller site (docs/toolchain.md §3).
 */
export function pageLists(data: SiteData): PageLists {
  const known = memo.get(data);
  if (known) return known;
  const byYear = <T>(list: (year: number) => T[]) => data.years.flatMap((year) => list(year));
  const lists: PageLists = {
    years: [...data.years],
    counties: data.divisions.filter((d) => d.level === 'county').map((d) => d.code),
    countyYears: byYear((year) => countiesInForce(data.divisions, year).map((d) => ({ code: d.code, year }))),
    prefectures: data.divisions.filter((d) => d.level === 'prefecture').map((d) => d.code),
    prefectureYears: byYear((year) => prefecturesInForce(data.divisions, year).map((d) => ({ code: d.code, year }))),
    indicators: data.indicators.map((i) => i.id),
    indicatorYears: indicatorYears(data),
  };
  const empty = Object.entries(lists)
    .filter(([, list]) => list.length === 0)
    .map(([name]) => name);
  const bareYears = data.years.filter(
    (y) => !lists.countyYears.some((p) => p.year === y) || !lists.prefectureYears.some((p) => p.year === y),
  );
  if (empty.length > 0 || bareYears.length > 0) {
    throw new Error(
      `page lists: ${[...empty.map((name) => `no ${name}`), ...bareYears.map((y) => `no county or prefecture in force at the end of ${y}`)].join('; ')}. ` +
        'Is data/ complete? Run npm run validate.',
    );
  }
  memo.set(data, lists);
  return lists;
}

// Every page of a build asks for this list (the map switch lists all pairs): compute it once per data load.
const pairsMemo = new WeakMap<SiteData, ReadonlyArray<{ id: string; year: number }>>();

/** Every indicator × plan year with county figures: one map page per language, one embed and one API file each. */
export function indicatorYears(data: SiteData): ReadonlyArray<{ id: string; year: number }> {
  let pairs = pairsMemo.get(data);
  if (!pairs) {
    const index = indexOf(data);
    pairs = mappedIndicators(data, data.years).flatMap((id) =>
      data.years.filter((year) => index.countyRows(year, id).length > 0).map((year) => ({ id, year })),
    );
    pairsMemo.set(data, pairs);
  }
  return pairs;
}

type Params = Record<string, string>;

/** Route params (strings, as Astro wants them) of each data-driven template. */
export function routeParams(data: SiteData) {
  const lists = pageLists(data);
  return {
    years: lists.years.map((year) => ({ year: String(year) })),
    counties: lists.counties.map((code) => ({ code })),
    countyYears: lists.countyYears.map(({ code, year }) => ({ code, year: String(year) })),
    prefectures: lists.prefectures.map((code) => ({ code })),
    prefectureYears: lists.prefectureYears.map(({ code, year }) => ({ code, year: String(year) })),
    indicators: lists.indicators.map((id) => ({ id })),
    indicatorYears: lists.indicatorYears.map(({ id, year }) => ({ id, year: String(year) })),
  } satisfies Record<keyof PageLists, Params[]>;
}

/**
 * `getStaticPaths` entries for a page under `src/pages/[...lang]/`: each params entry once per
 * language (`lang` undefined gives the unprefixed Chinese page). `[{}]` for a page without params.
 * Only this build process's share of them (src/lib/build-part.ts); all of them outside a split build.
 */
export function inEachLang<P extends Params>(
  params: readonly P[],
): Array<{ params: P & { lang: string | undefined } }> {
  return inThisPart(routes.LANG_PARAMS.flatMap(({ lang }) => params.map((p) => ({ params: { ...p, lang } }))));
}

/** Pages that do not depend on data/: one per language each. */
const SINGLE_PAGES = [
  routes.homePath,
  routes.countiesPath,
  routes.indicatorsPath,
  routes.dataPath,
  routes.changesPath,
  routes.aboutPath,
  routes.policyPath,
  routes.targetsPath,
  routes.glossaryPath,
  routes.timelinePath,
  routes.searchPath,
  routes.comparePath,
];

/**
 * Every HTML page of the site in both languages, made with routes.ts: what the build must
 * produce and the sitemap lists. `explainers` are the explainer slugs (every one exists in both
 * languages; src/collections/content.ts refuses a build otherwise).
 */
export function pagePaths(data: SiteData, explainers: readonly string[]): string[] {
  const lists = pageLists(data);
  const inLang = (lang: Lang): string[] => [
    ...SINGLE_PAGES.map((path) => path(lang)),
    ...explainers.map((slug) => routes.explainerPath(slug, lang)),
    ...lists.years.map((year) => routes.yearPath(year, lang)),
    ...lists.counties.map((code) => routes.countyPath(code, lang)),
    ...lists.countyYears.map(({ code, year }) => routes.countyYearPath(code, year, lang)),
    ...lists.prefectures.map((code) => routes.prefecturePath(code, lang)),
    ...lists.prefectureYears.map(({ code, year }) => routes.prefectureYearPath(code, year, lang)),
    ...lists.indicators.map((id) => routes.indicatorPath(id, lang)),
    ...lists.indicatorYears.flatMap(({ id, year }) => [
      routes.indicatorYearPath(id, year, lang),
      routes.embedPath(id, year, lang),
    ]),
  ];
  return routes.LANG_PARAMS.flatMap(({ locale }) => inLang(locale));
}
