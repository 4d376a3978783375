/** `/share/site.png`: the site's link-preview picture (1200 × 630), the province's counties in 2020. */
import type { APIRoute } from 'astro';
import { cardSvg } from '../../lib/share/card-svg.ts';
import { siteCardInput } from '../../lib/share/map-figure.ts';
import { svgToPng } from '../../lib/share/rasterize.ts';
import { loadSiteData } from '../../lib/site-data/index.ts';
import { PLAN_YEARS } from '../../lib/plan.ts';

export const GET: APIRoute = () =>
  new Response(svgToPng(cardSvg(siteCardInput(loadSiteData(), PLAN_YEARS.at(-1)!))), {
    headers: { 'content-type': 'image/png' },
  });
