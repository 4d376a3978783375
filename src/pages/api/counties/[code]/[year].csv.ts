/** `/api/counties/{code}/{year}.csv`: the same rows as the JSON download, one figure per line, with a BOM for Excel. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { CSV_HEADERS, countyYear, countyYearRows, excelCsv, loadSiteData } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).countyYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(excelCsv(countyYearRows(countyYear(loadSiteData(), params.code!, Number(params.year)))), {
    headers: CSV_HEADERS,
  });
