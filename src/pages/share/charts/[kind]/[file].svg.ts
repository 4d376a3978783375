/**
 * `/share/charts/{kind}/{key}.{lang}.svg`: a chart as one standalone SVG file (title, axis note or
 * key, source with each dataset's version, the site's address and, for example figures, the
 * example notice), what "下载 SVG" / "Download SVG" under the chart saves. Kinds and keys:
 * src/lib/share/paths.ts; the files: src/lib/share/chart-figure.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { LANGS, type Lang } from '../../../../lib/i18n/index.ts';
import { chartFiles, type ChartFile } from '../../../../lib/share/chart-figure.ts';
import { loadSiteData } from '../../../../lib/site-data/index.ts';

export const getStaticPaths = (() =>
  inThisPart(
    chartFiles(loadSiteData()).flatMap((chart) =>
      LANGS.map((lang) => ({ params: { kind: chart.kind, file: `${chart.key}.${lang}` }, props: { chart, lang } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartFile; lang: Lang }> = ({ props, site }) => {
  const svg = props.chart.svg(props.lang, site!);
  if (svg === null) throw new Error(`share: no ${props.chart.kind} chart ${props.chart.key} to write`);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
