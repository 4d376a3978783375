import { expect, test, type APIResponse } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { brotliAvailable } from '../../deploy/nginx/find.ts';
import { headerPolicy } from '../../src/lib/csp.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * What the deployed server (nginx with deploy/nginx/) sends with each kind of file: types,
 * caching, compression and the security headers a `<meta>` cannot carry. The browser tests run
 * against the same server, so these are the headers every other test saw.
 */
const firstPath = (pattern: RegExp) => sitemapPaths().find((p) => pattern.test(p))!;
const htmlPage = firstPath(/^\/counties\/\d{6}\/\d{4}\/$/);
const embed = firstPath(/^\/embed\/indicators\/[^/]+\/\d{4}\/$/);
const enEmbed = firstPath(/^\/en\/embed\/indicators\/[^/]+\/\d{4}\/$/);
const county = readdirSync('dist/api/counties').sort()[0]!;
const csv = `/api/counties/${county}/${readdirSync(`dist/api/counties/${county}`).find((f) => f.endsWith('.csv'))}`;

function expectSecurityHeaders(response: APIResponse, framing: 'self' | 'anywhere'): void {
  const h = response.headers();
  expect(h['content-security-policy']).toBe(headerPolicy(framing));
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
}

test('an HTML page is UTF-8 HTML, revalidated with an ETag, compressed, and framed only by the site', async ({
  request,
}) => {
  const response = await request.get(htmlPage, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  const h = response.headers();
  expect(h['content-type']).toBe('text/html; charset=utf-8');
  expect(h['cache-control']).toBe('no-cache');
  expect(h['etag']).toBeTruthy();
  expect(h['content-encoding']).toBe('gzip');
  expectSecurityHeaders(response, 'self');

  const again = await request.get(htmlPage, { headers: { 'If-None-Match': h['etag']! } });
  expect(again.status()).toBe(304);
});

test('brotli is preferred when the module is installed', async ({ request }) => {
  test.skip(!brotliAvailable(), 'libnginx-mod-http-brotli-filter is not installed');
  const response = await request.get('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(response.headers()['content-encoding']).toBe('br');
  expect(response.headers()['vary']).toContain('Accept-Encoding');
});

test('a hashed asset is cached for a year as immutable; a missing one is not', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const response = await request.get(asset!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/css; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(response, 'self');

  const missing = await request.get('/_astro/no-such-file.abc123.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-cache');
});

test("a year's map shapes are one hashed SVG, cached for a year and compressed", async ({ request }) => {
  const html = await (await request.get(htmlPage)).text();
  const sprite = /href="(\/_astro\/map-\d{4}\.[^"#]+\.svg)#/.exec(html)?.[1];
  expect(sprite).toBeTruthy();
  const response = await request.get(sprite!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-encoding']).toBe('gzip');
});

test('a CSV download is text/csv in UTF-8 and revalidated', async ({ request }) => {
  const response = await request.get(csv);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expectSecurityHeaders(response, 'self');
});

test('JSON, XML and SVG files have their types', async ({ request }) => {
  const types: Record<string, string> = {
    '/api/index.json': 'application/json; charset=utf-8',
    '/sitemap.xml': 'text/xml; charset=utf-8',
    '/favicon.svg': 'image/svg+xml; charset=utf-8',
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
});

test('embeds may be framed by any site, in both languages', async ({ request }) => {
  for (const path of [embed, enEmbed]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, 'anywhere');
  }
});

test('a missing address gets the 404 page of its language, and folder addresses end in a slash', async ({
  request,
}) => {
  const zh = await request.get('/no-such-page/');
  expect(zh.status()).toBe(404);
  expect(await zh.text()).toContain('<html lang="zh-CN"');
  expectSecurityHeaders(zh, 'self');

  const en = await request.get('/en/no-such-page/');
  expect(en.status()).toBe(404);
  expect(await en.text()).toContain('<html lang="en"');

  const bare = await request.get(htmlPage.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe(htmlPage);
  const enRoot = await request.get('/en', { maxRedirects: 0 });
  expect(enRoot.headers()['location']).toBe('/en/');
});
