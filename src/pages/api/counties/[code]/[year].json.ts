/** `/api/counties/{code}/{year}.json`: exactly the figures of one county-year page, with provenance. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { countyYear, countyYearRows, loadSiteData } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';
import { releaseLabel, releaseOf } from '../../../../lib/releases/release-line.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).countyYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const view = countyYear(loadSiteData(), params.code!, Number(params.year));
  const body = {
    example: view.example,
    notice: view.example ? '示例数据,并非真实统计 / Example data, not real statistics' : null,
    datasets: view.datasets.map((d) => ({
      name: d.name,
      version: d.meta.version,
      status: d.meta.status,
      published: d.meta.published,
      release: releaseLabel(releaseOf(d)),
      sources: d.meta.sources,
    })),
    rows: countyYearRows(view),
  };
  // Compact, without indentation: programs read it, and it is a third smaller (README "Measured").
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
