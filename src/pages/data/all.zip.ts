/**
 * `/data/all.zip`: every data package with its descriptors and release copies, byte-identical
 * from build to build (src/lib/site-data/bundle.ts).
 */
import type { APIRoute } from 'astro';
import { bundleZip } from '../../lib/site-data/bundle.ts';
import { bundleFiles, dataCatalogue } from '../../lib/site-data/catalogue.ts';

export const GET: APIRoute = () => {
  const newest = dataCatalogue()
    .map((e) => e.meta.published)
    .sort()
    .at(-1)!;
  return new Response(Buffer.from(bundleZip(bundleFiles(), newest)), { headers: { 'content-type': 'application/zip' } });
};
