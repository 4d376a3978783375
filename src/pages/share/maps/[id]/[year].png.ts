/**
 * `/share/maps/{id}/{year}.png`: the link-preview picture of an indicator-year map (1200 × 630),
 * one for both languages since it holds no words; drawn at build time by resvg and stored with a
 * 256-colour palette (src/lib/share/rasterize.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../../../lib/build-part.ts';
import { cardSvg } from '../../../../lib/share/card-svg.ts';
import { mapCardInput } from '../../../../lib/share/map-figure.ts';
import { svgToPng } from '../../../../lib/share/rasterize.ts';
import { loadSiteData } from '../../../../lib/site-data/index.ts';
import { routeParams } from '../../../../lib/site-data/pages.ts';

export const getStaticPaths = (() =>
  inThisPart(routeParams(loadSiteData()).indicatorYears.map((params) => ({ params })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(svgToPng(cardSvg(mapCardInput(loadSiteData(), params.id!, Number(params.year)))), {
    headers: { 'content-type': 'image/png' },
  });
