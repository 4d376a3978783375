/**
 * `/api/index.json`: every file under /api/ with what it holds and whether it carries example
 * data, so journalists and tools can discover the downloads without scraping pages.
 */
import type { APIRoute } from 'astro';
import { apiFiles, apiIndex, loadSiteData } from '../../lib/site-data/index.ts';

export const GET: APIRoute = () => {
  const data = loadSiteData();
  // The newest dataset release, not the build time, so repeated builds stay byte-identical.
  const updated =
    data.datasets
      .map((d) => d.meta.published)
      .sort()
      .at(-1) ?? '';
  return new Response(JSON.stringify(apiIndex(apiFiles(data), updated), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
