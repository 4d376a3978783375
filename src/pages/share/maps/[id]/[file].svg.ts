/**
 * `/share/maps/{id}/{year}.{lang}.svg`: an indicator-year map as one standalone SVG file (paths
 * inline, key, source, credit and example notice as text), what "下载 SVG" / "Download SVG" saves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { LANGS, asLang } from '../../../../lib/i18n/index.ts';
import { standaloneMapSvg } from '../../../../lib/share/map-svg.ts';
import { mapSvgInput } from '../../../../lib/share/map-figure.ts';
import { loadSiteData } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(
    routeParams(loadSiteData()).indicatorYears.flatMap(({ id, year }) =>
      LANGS.map((lang) => ({ params: { id, file: `${year}.${lang}` } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const [year, lang] = params.file!.split(/\.(?=[^.]+$)/);
  return new Response(standaloneMapSvg(mapSvgInput(loadSiteData(), params.id!, Number(year), asLang(lang), site!)), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
