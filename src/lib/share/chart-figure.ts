import { rankedStripChart, changeStripChart, type StripChartModel } from '../charts/strip-charts.ts';
import { stripSvg } from '../charts/strip-svg.ts';
import { trendPanel } from '../charts/trend-panel.ts';
import { TREND_STYLE, trendsSvg } from '../charts/trend-svg.ts';
import { divisionByCode } from '../divisions/index.ts';
import { formatNumber, LANGS, nameIn, t, type Lang } from '../i18n/index.ts';
import { PLAN_YEARS } from '../plan.ts';
import { countyPath, indicatorPath, indicatorYearPath } from '../routes.ts';
import { changeRanking } from '../site-data/change-ranking.ts';
import { choropleth } from '../site-data/choropleth.ts';
import { countyTrends } from '../site-data/county-trends.ts';
import type { SiteData } from '../site-data/load.ts';
import { routeParams } from '../site-data/pages.ts';
import { HEADLINE_INDICATORS } from '../summary/index.ts';
import { sourceLine } from './map-figure.ts';
import type { ChartKind } from './paths.ts';
import { standaloneSvg, type SvgDocumentInput } from './svg-document.ts';

/**
 * The standalone SVG files of the charts, from the same models the pages draw: a year's strip
 * chart (indicator-year pages), the change chart (indicator pages) and a county's small multiples
 * (county pages). Each file is made only where its page shows the chart.
 */
const [FIRST, LAST] = [PLAN_YEARS[0], PLAN_YEARS[PLAN_YEARS.length - 1]!];

const siteLine = (lang: Lang, path: string, site: string | URL) =>
  t(lang, 'share.siteLine', { site: t(lang, 'site.name'), url: new URL(path, site).href });

function stripDocument(lang: Lang, chart: StripChartModel, page: string, site: string | URL): SvgDocumentInput {
  return {
    lang,
    title: chart.title,
    example: chart.example ? t(lang, 'chart.example') : undefined,
    figure: { width: chart.plot.width, height: chart.plot.height, svg: stripSvg(chart.plot, chart) },
    key: { head: [chart.axisNote], rows: [] },
    source: sourceLine(lang, chart),
    siteLine: siteLine(lang, page, site),
  };
}

const strip = (data: SiteData, lang: Lang, id: string, year: number) => {
  const map = choropleth(data, id, year);
  return map && rankedStripChart(lang, map, data.divisions);
};

const change = (data: SiteData, lang: Lang, id: string) => {
  const ranking = changeRanking(data, id, FIRST, LAST);
  return ranking && changeStripChart(lang, ranking, data.divisions);
};

function trendsDocument(data: SiteData, lang: Lang, code: string, site: string | URL): SvgDocumentInput | null {
  const trends = countyTrends(data, code, HEADLINE_INDICATORS);
  const county = divisionByCode(data.divisions, code);
  if (trends.length === 0 || !county) return null;
  const name = nameIn(lang, county);
  const parent = divisionByCode(data.divisions, trends[0]!.prefectureCode);
  const prefecture = parent ? nameIn(lang, parent) : '';
  const figure = trendsSvg(
    trends.map((tr) => ({
      title: nameIn(lang, tr.indicator),
      years: tr.years,
      panel: trendPanel(tr.years, tr.county, tr.prefecture, tr.province),
    })),
    (v) => formatNumber(lang, v),
  );
  return {
    lang,
    title: t(lang, 'chart.trends.fileTitle', { county: name }),
    example: trends.some((tr) => tr.example) ? t(lang, 'chart.example') : undefined,
    figure,
    key: {
      head: [],
      rows: [
        { text: name, line: TREND_STYLE.county },
        { text: t(lang, 'chart.trends.prefectureMedian', { prefecture }), line: TREND_STYLE.prefecture },
        { text: t(lang, 'chart.trends.provinceMedian'), line: TREND_STYLE.province },
      ],
    },
    source: sourceLine(lang, {
      datasets: [...new Map(trends.flatMap((tr) => tr.datasets).map((d) => [d.name, d])).values()],
    }),
    siteLine: siteLine(lang, countyPath(code, lang), site),
  };
}

/** One chart file: what it shows (`kind`, `key` as in paths.ts) and how to write it in a language. */
export interface ChartFile {
  kind: ChartKind;
  key: string;
  /** The file's text, or null when the page has no such chart. */
  svg: (lang: Lang, site: string | URL) => string | null;
}

const write = (input: SvgDocumentInput | null) => (input ? standaloneSvg(input) : null);

/** Every chart the pages show, each once; the build writes it in every language. */
export function chartFiles(data: SiteData): ChartFile[] {
  const params = routeParams(data);
  // Whether a page draws its chart does not depend on the language.
  const lang = LANGS[0];
  const strips = params.indicatorYears
    .filter(({ id, year }) => strip(data, lang, id, Number(year)))
    .map(({ id, year }): ChartFile => ({
      kind: 'strip',
      key: `${id}-${year}`,
      svg: (lang, site) => {
        const chart = strip(data, lang, id, Number(year));
        return write(chart && stripDocument(lang, chart, indicatorYearPath(id, Number(year), lang), site));
      },
    }));
  const changes = params.indicators
    .filter(({ id }) => change(data, lang, id))
    .map(({ id }): ChartFile => ({
      kind: 'change',
      key: `${id}-${FIRST}-${LAST}`,
      svg: (lang, site) => {
        const chart = change(data, lang, id);
        return write(chart && stripDocument(lang, chart, indicatorPath(id, lang), site));
      },
    }));
  const trends = params.counties
    .filter(({ code }) => countyTrends(data, code, HEADLINE_INDICATORS).length > 0)
    .map(({ code }): ChartFile => ({
      kind: 'trends',
      key: code,
      svg: (lang, site) => write(trendsDocument(data, lang, code, site)),
    }));
  return [...strips, ...changes, ...trends];
}
