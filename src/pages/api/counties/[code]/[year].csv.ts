/** `/api/counties/{code}/{year}.csv`: the same rows as the JSON download, one figure per line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { countyYearPaths } from '../../../../lib/site-data/paths.ts';
import { countyYear, countyYearRows, loadSiteData, toCsv } from '../../../../lib/site-data/index.ts';

export const getStaticPaths = (async () => countyYearPaths((await getCollection('divisions')).map((entry) => entry.data))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(countyYearRows(countyYear(loadSiteData(), params.code!, Number(params.year)))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
