/**
 * `/search/index-zh-CN.json` and `/search/index-en.json`: the search page's index, fetched the
 * first time a reader searches (never by other pages). Built from data/ and content/ by
 * src/lib/search; titles and links in one language, names and text of both.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inThisPart } from '../../lib/build-part.ts';
import { LANGS, type Lang } from '../../lib/i18n/index.ts';
import { searchIndexPath } from '../../lib/routes.ts';
import { loadSiteData } from '../../lib/site-data/index.ts';
import { searchDocuments } from '../../lib/search/documents.ts';
import { searchSourcesFromContent } from '../../collections/search-sources.ts';

export const getStaticPaths = (() =>
  inThisPart(
    LANGS.map((lang) => ({
      params: { file: searchIndexPath(lang).replace(/^\/search\/|\.json$/g, '') },
      props: { lang },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const docs = searchDocuments({ ...loadSiteData(), ...(await searchSourcesFromContent()) }, lang);
  return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
