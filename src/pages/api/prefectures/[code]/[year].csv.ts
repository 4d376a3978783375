/** `/api/prefectures/{code}/{year}.csv`: a prefecture's own figures, then each of its counties' (county-year columns). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { CSV_HEADERS, excelCsv, loadSiteData, prefectureYearRows } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).prefectureYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(excelCsv(prefectureYearRows(loadSiteData(), params.code!, Number(params.year))), {
    headers: CSV_HEADERS,
  });
