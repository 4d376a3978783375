import { expect, test, type Page } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { embedPath, indicatorYearPath } from '../../src/lib/routes.ts';
import { sitemapPaths, templateOf } from './sitemap.ts';
import { EMBED_HEIGHT } from '../../src/lib/share/embed-code.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The embeddable maps (/embed/indicators/{id}/{year}/) over the built site: the map with every
 * county of its year, the example banner above it, the link back to the full page, nothing asked
 * of another origin; and the full page's `<iframe>` code pointing at the embed.
 * Which embeds exist comes from the published sitemap, not from a hand-kept list.
 */
const COUNTIES: Record<number, number> = { 2019: 137, 2020: 136 }; // county-level divisions at the end of each year
const embeds = sitemapPaths().flatMap((path) => {
  const m = /^(\/en)?\/embed\/indicators\/([a-z0-9_]+)\/(\d{4})\/$/.exec(path);
  return m ? [{ path, lang: (m[1] ? 'en' : 'zh-CN') as Lang, id: m[2]!, year: Number(m[3]) }] : [];
});
const picks = [2019, 2020].flatMap((year) =>
  (['zh-CN', 'en'] as Lang[]).map((lang) => embeds.find((e) => e.year === year && e.lang === lang)!),
);

/** Opens `path`, recording every request that leaves the site's own origin. */
async function openOnOrigin(page: Page, path: string, baseURL: string): Promise<string[]> {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  return foreign;
}

test('there is one embed per indicator-year page, in both languages', () => {
  const full = new Set(
    sitemapPaths().filter((p) => /\/indicators\/[a-z0-9_]+\/\d{4}\/$/.test(p) && !p.includes('/embed/')),
  );
  expect(embeds.length).toBeGreaterThan(0);
  expect(embeds.length).toBe(full.size);
  for (const e of embeds) expect(full.has(indicatorYearPath(e.id, e.year, e.lang)), e.path).toBe(true);
  expect(picks.every(Boolean)).toBe(true);
  // The a11y walk samples each template: every embed must fall into one template per language.
  expect(new Set(embeds.map((e) => templateOf(e.path)))).toEqual(
    new Set(['/embed/indicators/:id/:year/', '/en/embed/indicators/:id/:year/']),
  );
});

for (const e of picks) {
  test(`${e.path} shows the map of ${COUNTIES[e.year]} counties under the example banner and stays on its origin`, async ({
    page,
    baseURL,
  }) => {
    const foreign = await openOnOrigin(page, e.path, baseURL!);
    expect(e.path).toBe(embedPath(e.id, e.year, e.lang));
    await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    const svg = page.locator('county-map figure > svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('.counties a[href]')).toHaveCount(COUNTIES[e.year]!);
    await expect(page.locator('.map-legend')).toBeVisible();
    await expect(page.locator('.map-credit')).toBeVisible();
    // The county figures shipped today are example data: the banner is inside the embed, above the map.
    const banner = page.locator('[data-example-banner]');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(t(e.lang, 'banner.example.title'));
    expect((await banner.boundingBox())!.y).toBeLessThan((await svg.boundingBox())!.y);
    // The ranked table is in the page, folded away, with a row per county.
    await expect(page.locator('details.embed-details table.rank-table tbody tr')).toHaveCount(COUNTIES[e.year]!);
    await expect(page.locator('.embed-source')).toContainText(/v\d+\.\d+\.\d+/);
    const full = page.getByRole('link', { name: t(e.lang, 'embed.full') });
    await expect(full).toHaveAttribute('href', indicatorYearPath(e.id, e.year, e.lang));
    await expect(full).toHaveAttribute('target', '_top');
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}

for (const e of picks.slice(0, 2)) {
  test(`${indicatorYearPath(e.id, e.year, e.lang)} offers the <iframe> code of its embed`, async ({ page }) => {
    await page.goto(indicatorYearPath(e.id, e.year, e.lang));
    const code = page.getByLabel(t(e.lang, 'share.embed.fixed'));
    await expect(code).toHaveAttribute('readonly', '');
    const value = await code.inputValue();
    expect(value).toMatch(
      new RegExp(
        `^<iframe src="https?://[^"]+" title="[^"]+" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>$`,
      ),
    );
    const responsive = await page.getByLabel(t(e.lang, 'share.embed.responsive')).inputValue();
    expect(responsive).toMatch(
      new RegExp(`^${escapeRegExp(value)}\n<script src="https?://[^"]+/share/embed-resize\\.js" async></script>$`),
    );
    expect(new URL(/src="([^"]+)"/.exec(value)![1]!).pathname).toBe(embedPath(e.id, e.year, e.lang));
  });
}
