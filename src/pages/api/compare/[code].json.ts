/**
 * `/api/compare/{code}.json`: one division's figures in every plan year, with the datasets and
 * releases they come from: what the compare page fetches (contract: CompareDivision in
 * src/lib/compare/data.ts). Compact, as a browser fetches up to four of them per comparison.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../lib/build-part.ts';
import { comparableDivisions, compareDivision } from '../../../lib/compare/build.ts';
import { divisionByCode } from '../../../lib/divisions/index.ts';
import { loadSiteData } from '../../../lib/site-data/index.ts';

export const getStaticPaths = (() =>
  inThisPart(comparableDivisions(loadSiteData()).map((d) => ({ params: { code: d.code } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = loadSiteData();
  const division = divisionByCode(data.divisions, params.code!)!;
  return new Response(JSON.stringify(compareDivision(data, division)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
