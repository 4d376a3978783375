/**
 * `/api/indicators/{id}/{year}.json`: one indicator-year's county figures with fills, class
 * labels, ranks and provenance — what the map's switch loads (contract: IndicatorYearJson in
 * src/lib/site-data/api.ts) and what a journalist can reuse as is.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { choropleth, indicatorYearJson, loadSiteData } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).indicatorYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  const map = choropleth(data, params.id!, Number(params.year))!;
  // Compact, without indentation: programs read it, and it is a third smaller (README "Measured").
  return new Response(JSON.stringify(indicatorYearJson(data, map)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
