/**
 * `/data/catalog.json`: every dataset with its version, status, licence, sources and files (URL,
 * bytes, SHA-256) as a DCAT-AP catalogue in JSON-LD (src/lib/site-data/catalog-json.ts).
 */
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import { bundleZip } from '../../lib/site-data/bundle.ts';
import { catalogJson } from '../../lib/site-data/catalog-json.ts';
import { bundleFiles, dataCatalogue } from '../../lib/site-data/catalogue.ts';

export const GET: APIRoute = ({ site }) => {
  const entries = dataCatalogue();
  const newest = entries
    .map((e) => e.meta.published)
    .sort()
    .at(-1)!;
  // The zip is deterministic, so hashing the bytes made here gives the hash of the one /data/all.zip serves.
  const zip = bundleZip(bundleFiles(), newest);
  const bundle = { path: '/data/all.zip', bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex') };
  return new Response(JSON.stringify(catalogJson(entries, { siteUrl: site!.href, bundle }), null, 2), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
