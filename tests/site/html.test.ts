import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { samplePerTemplate, sitemapPaths } from '../e2e/sitemap.ts';
import { DIST } from './dist-files.ts';
import { checkHtml } from './vnu.ts';

/** The dist/ file a page path is served from. */
const fileOf = (path: string) => join(DIST, path.replace(/^\//, ''), 'index.html');

describe('valid HTML (Nu HTML Checker), one page per template and language', () => {
  const pages = [
    ...samplePerTemplate(sitemapPaths(), 1).map(fileOf),
    join(DIST, '404.html'),
    join(DIST, 'en/404.html'),
  ];

  it('samples both languages of every template, and the 404 pages', () => {
    expect(pages.every((file) => existsSync(file))).toBe(true);
    expect(pages.some((f) => f.includes('/en/'))).toBe(true);
    expect(pages.length).toBeGreaterThan(20);
  });

  it('reports no error (npm run check:html checks every page)', () => {
    const errors = checkHtml(pages).map((e) => `${relative('.', e.file)}:${e.line}:${e.column} ${e.message}`);
    expect(errors).toEqual([]);
  });
});
