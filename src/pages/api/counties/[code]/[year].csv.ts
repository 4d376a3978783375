/** `/api/counties/{code}/{year}.csv`: the same rows as the JSON download, one figure per line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { countyYear, countyYearRows, loadSiteData, toCsv } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  routeParams(loadSiteData()).countyYears.map((params) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(countyYearRows(countyYear(loadSiteData(), params.code!, Number(params.year)))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
