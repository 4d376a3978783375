import { expect, test } from '@playwright/test';
import { pngSize } from '../../src/lib/share/rasterize.ts';
import { samplePerTemplate, sitemapPaths } from './sitemap.ts';

/**
 * Link previews over the built site: one page of every template in both languages carries the
 * Open Graph tags and the Twitter card type, with absolute addresses, in its own language, and the picture
 * it names is a PNG of the size it states. robots.txt names the sitemap.
 */
const pages = samplePerTemplate(sitemapPaths(), 1);

test('the sample covers every template in both languages', () => {
  expect(pages.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(pages.filter((p) => !p.startsWith('/en/')).length);
});

for (const path of pages) {
  test(`${path} has a complete link preview`, async ({ page, request }) => {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const meta = async (attr: 'property' | 'name', key: string) =>
      page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');
    const en = path.startsWith('/en/');
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
    expect(await meta('property', 'og:url')).toBe(canonical);
    expect(new URL(canonical!).pathname).toBe(path.includes('/embed/') ? path.replace('/embed', '') : path);
    for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt'])
      expect((await meta('property', key))?.trim(), key).toBeTruthy();
    expect(await meta('property', 'og:locale')).toBe(en ? 'en_US' : 'zh_CN');
    expect(await meta('property', 'og:locale:alternate')).toBe(en ? 'zh_CN' : 'en_US');
    expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
    // X reads the title, text and picture from the og: tags above; no twitter: copy of them.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
      await expect(page.locator(`head meta[name="${key}"]`), key).toHaveCount(0);
    expect(await meta('name', 'twitter:image:alt')).toBe(await meta('property', 'og:image:alt'));
    const keys = await page
      .locator('head meta[property], head meta[name]')
      .evaluateAll((tags) => tags.map((t) => t.getAttribute('property') ?? t.getAttribute('name')));
    expect(keys.length, 'each meta tag once').toBe(new Set(keys).size);
    expect(await meta('name', 'description')).toBe(await meta('property', 'og:description'));
    // Pages that show example figures from the start (not the compare page, which shows them only once chosen).
    if (await page.locator('[data-example-banner]:visible').count())
      expect(await meta('property', 'og:description')).toMatch(en ? /example data/ : /示例数据/);

    const image = await meta('property', 'og:image');
    expect(image).toMatch(/^https?:\/\/[^/]+\/.+\.png$/);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    const size = pngSize(new Uint8Array(await response.body()));
    expect(size).toEqual({
      width: Number(await meta('property', 'og:image:width')),
      height: Number(await meta('property', 'og:image:height')),
    });
  });
}

test('indicator-year pages show their own map and headline figure in the preview', async ({ page }) => {
  const path = sitemapPaths().find((p) => /^\/indicators\/[a-z_]+\/2019\/$/.test(p))!;
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(new URL(image!).pathname).toBe(`/share/maps/${path.split('/')[2]}/2019.png`);
  await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute('content', /中位数/);
});

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain('User-agent: *');
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap\.xml$/);
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});
