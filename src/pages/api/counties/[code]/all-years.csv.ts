/** `/api/counties/{code}/all-years.csv`: a county's figures in every plan year it was in force (county-year columns). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { CSV_HEADERS, countyAllYearsRows, excelCsv, loadSiteData } from '../../../../lib/site-data/index.ts';
import { pageLists } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(
    [...new Set(pageLists(loadSiteData()).countyYears.map((p) => p.code))].map((code) => ({
      params: { code },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(excelCsv(countyAllYearsRows(loadSiteData(), params.code!)), { headers: CSV_HEADERS });
