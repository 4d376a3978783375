import { expect, it } from 'vitest';
import { pageListGaps, pagePathFromFile, sitemapXml } from '../../src/lib/sitemap.ts';

it('maps built files to page paths and ignores assets', () => {
  expect(pagePathFromFile('index.html')).toBe('/');
  expect(pagePathFromFile('en/counties/370116/2019/index.html')).toBe('/en/counties/370116/2019/');
  expect(pagePathFromFile('_astro/app.js')).toBeNull();
  expect(pagePathFromFile('api/indicators/x.json')).toBeNull();
});

it('writes absolute, sorted URLs', () => {
  const xml = sitemapXml('https://example.org', ['/en/', '/']);
  expect(xml.indexOf('<loc>https://example.org/</loc>')).toBeLessThan(
    xml.indexOf('<loc>https://example.org/en/</loc>'),
  );
});

it('names the pages the build missed and the ones no list names', () => {
  expect(pageListGaps(['/', '/en/', '/b/'], ['/en/', '/', '/c/'])).toEqual({ missing: ['/b/'], extra: ['/c/'] });
  expect(pageListGaps(['/', '/en/'], ['/en/', '/'])).toEqual({ missing: [], extra: [] });
});
