/**
 * `/api/indicators/{id}/{year}.json`: one indicator-year's county figures with fills, class
 * labels, ranks and provenance — what the map's switch loads (contract: IndicatorYearJson in
 * src/lib/site-data/api.ts) and what a journalist can reuse as is.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { choropleth, indicatorYearJson, indicatorYears, loadSiteData } from '../../../../lib/site-data/index.ts';

export const getStaticPaths = (() => {
  const pairs = indicatorYears(loadSiteData());
  if (pairs.length === 0) throw new Error('indicator API: no indicator has county figures; is data/ complete?');
  return pairs.map(({ id, year }) => ({ params: { id, year: String(year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  const map = choropleth(data, params.id!, Number(params.year))!;
  return new Response(JSON.stringify(indicatorYearJson(data, map), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
