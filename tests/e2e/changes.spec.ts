import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { changesPath, releasePath } from '../../src/lib/releases/paths.ts';
import { countyYearPath } from '../../src/lib/routes.ts';

/**
 * /changes/ in both languages: every release newest first, the values the 2015 baseline's 1.1.0
 * changed (computed from its release copies), links that resolve, and no axe violation; figure
 * pages link the release they show to its entry.
 */
const RELEASE = 'baseline-2015-prefectures-1.1.0';

for (const lang of LANGS) {
  test(`${changesPath(lang)} lists releases newest first with their changed values, and passes axe`, async ({
    page,
    request,
  }) => {
    expect((await page.goto(changesPath(lang)))?.status()).toBe(200);
    const dates = await page
      .locator('section.release time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThanOrEqual(6);
    expect(dates).toEqual([...dates].sort().reverse());

    const release = page.locator(`[id="${RELEASE}"]`);
    await expect(release.getByRole('heading', { level: 2 })).toContainText('1.1.0');
    await expect(release).toContainText(lang === 'en' ? 'Compared with 1.0.0' : '与上一版 1.0.0 相比');
    // 济南市 370100: people not captured in 1.0.0 (NP), 48,974 in 1.1.0.
    const jinan = release.locator('tbody tr').filter({ hasText: '370100' }).filter({ hasText: '48,974' });
    await expect(jinan).toHaveCount(1);
    await expect(jinan.locator('td').nth(2)).toContainText('NP');
    await expect(page.locator('[id="baseline-2015-prefectures-1.0.0"]')).toContainText(
      lang === 'en' ? 'First release' : '首次发布',
    );

    // Every link on the page resolves (the feed and the zip too).
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    for (const href of [...new Set(hrefs.map((h) => h.split('#')[0]!))]) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test(`a ${lang} figure page names the release it shows and links to it on ${changesPath(lang)}`, async ({ page }) => {
    expect((await page.goto(countyYearPath('371724', 2018, lang)))?.status()).toBe(200);
    const link = page.locator('.sources a', { hasText: 'county-example v1.0.0' });
    await expect(link).toHaveAttribute('href', releasePath('county-example', '1.0.0', lang));
    await link.click();
    await expect(page.locator('[id="county-example-1.0.0"]')).toBeVisible();
  });
}

test('the feed and the catalogue are served with their types', async ({ request }) => {
  const feed = await request.get('/changes/feed.xml');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`tag:`);
  const catalog = await request.get('/data/catalog.json');
  expect((await catalog.json())['@type']).toBe('dcat:Catalog');
  const zip = await request.get('/data/all.zip');
  expect((await zip.body()).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
});

test('every page tells feed readers where the Atom feed of releases is', async ({ page, request }) => {
  for (const path of ['/', countyYearPath('371327', 2019, 'en')]) {
    await page.goto(path);
    const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(feed).toHaveCount(1);
    const response = await request.get((await feed.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
});
