/**
 * `/data/<folder>/<file>`: every file of data/'s packages, published byte for byte (no parsing,
 * no re-encoding), so the SHA-256 the data page prints is the hash of what a reader downloads.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../lib/build-part.ts';
import { catalogueFiles } from '../../lib/site-data/catalogue.ts';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const getStaticPaths = (() => {
  const files = catalogueFiles();
  // Each package has a descriptor and at least one table; three packages at the very least.
  if (files.length < 6) throw new Error(`raw data files: expected at least 6, got ${files.length}`);
  return inThisPart(files.map((f) => ({ params: { file: f.file }, props: { absolute: f.absolute } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolute: string }> = ({ props }) =>
  new Response(readFileSync(props.absolute), { headers: { 'content-type': TYPES[props.absolute.split('.').at(-1)!] ?? 'application/octet-stream' } });
