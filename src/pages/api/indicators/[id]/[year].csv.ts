/** `/api/indicators/{id}/{year}.csv`: the indicator-year's county ranking beside its JSON, missing figures last. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { choropleth, CSV_HEADERS, excelCsv, loadSiteData, rankingRows } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).indicatorYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  return new Response(excelCsv(rankingRows(data, choropleth(data, params.id!, Number(params.year))!)), {
    headers: CSV_HEADERS,
  });
};
