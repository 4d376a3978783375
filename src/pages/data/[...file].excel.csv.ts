/**
 * `/data/<folder>/<name>.excel.csv`: the Excel-ready twin of each canonical CSV of data/ — the
 * same bytes behind a UTF-8 byte-order mark. The canonical file beside it stays byte-identical
 * to data/ (its SHA-256 is published); this one is for double-clicking in Excel or WPS.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../lib/build-part.ts';
import { catalogueFiles } from '../../lib/site-data/catalogue.ts';
import { CSV_HEADERS, excelTwin } from '../../lib/site-data/export.ts';

export const getStaticPaths = (() => inThisPart(
  catalogueFiles()
    .filter((f) => f.kind === 'table' && f.file.endsWith('.csv'))
    .map((f) => ({ params: { file: f.file.replace(/\.csv$/, '') }, props: { absolute: f.absolute } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolute: string }> = ({ props }) =>
  new Response(excelTwin(readFileSync(props.absolute)), { headers: CSV_HEADERS });
