/**
 * `/api/counties/{code}/{year}.json`: exactly the figures of one county-year page, with
 * provenance; what the whole file shares is said once at the top (src/lib/site-data/county-year-json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { countyYear, loadSiteData } from '../../../../lib/site-data/index.ts';
import { countyYearJson } from '../../../../lib/site-data/county-year-json.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).countyYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  // Compact, without indentation: programs read it, and it is a third smaller (README "Measured").
  new Response(JSON.stringify(countyYearJson(countyYear(loadSiteData(), params.code!, Number(params.year)))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
