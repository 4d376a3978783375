import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { figureAnchor } from '../../src/lib/releases/figure-history.ts';
import { figureHistoryPath } from '../../src/lib/releases/paths.ts';
import { countyYearPath, indicatorYearPath, prefecturePath } from '../../src/lib/routes.ts';

/**
 * A figure that changed after release links to its history, and the history says how: the 2015
 * baseline's 1.1.0 filled in 济南市's registered poor (NP → 48,974). Figures that never changed
 * carry no link. Every figure page names the release it shows, with its date, in its sources,
 * its citation and (for maps) its embed.
 */
const jinan = figureAnchor({
  dataset: 'baseline-2015-prefectures',
  division: '370100',
  indicator: 'registered_poor',
  year: 2015,
});

for (const lang of LANGS) {
  test(`${lang}: a changed figure links to its history, which lists the release that changed it`, async ({ page }) => {
    expect((await page.goto(prefecturePath('370100', lang)))?.status()).toBe(200);
    const link = page.locator(`a.history-link[data-history="${jinan}"]`);
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', figureHistoryPath(jinan, lang));
    await expect(link).toContainText(lang === 'en' ? 'History' : '修订记录');
    await link.click();
    const history = page.locator(`[id="${jinan}"]`);
    await expect(history).toBeVisible();
    await expect(history).toContainText('1.1.0');
    await expect(history).toContainText('2026-11-30');
    await expect(history).toContainText('NP');
    await expect(history).toContainText('48,974');
    // The version links to the release and its note.
    await history.getByRole('link', { name: '1.1.0' }).click();
    await expect(page.locator('[id="baseline-2015-prefectures-1.1.0"]')).toBeVisible();
  });

  test(`${lang}: figures that never changed have no history link`, async ({ page }) => {
    // 济宁市 370800's people were published in 1.0.0 already; its households were filled in 1.1.0.
    await page.goto(prefecturePath('370800', lang));
    const links = await page.locator('a.history-link').evaluateAll((els) => els.map((e) => e.dataset.history));
    expect(links).toEqual([
      figureAnchor({
        dataset: 'baseline-2015-prefectures',
        division: '370800',
        indicator: 'registered_poor_households',
        year: 2015,
      }),
    ]);
    for (const path of [countyYearPath('371724', 2018, lang), indicatorYearPath('registered_poor', 2019, lang)]) {
      await page.goto(path);
      await expect(page.locator('a.history-link'), path).toHaveCount(0);
    }
  });

  test(`${lang}: a county-year page names its release with version and date in sources and citation`, async ({
    page,
  }) => {
    await page.goto(countyYearPath('371724', 2018, lang));
    const released = lang === 'en' ? 'county-example v1.0.0, released 20' : 'county-example v1.0.0，发布于 20';
    await expect(page.locator('.sources')).toContainText(released);
    await expect(page.locator('.cite-box')).toContainText(/county-example v1\.0\.0 \(\d{4}-\d{2}-\d{2}\)/);
    await expect(page.locator('.cite-box')).toContainText(released);
  });
}

test('the figure histories on /changes/ pass axe', async ({ page }) => {
  await page.goto(figureHistoryPath(jinan, 'zh-CN'));
  const results = await new AxeBuilder({ page })
    .include('.figure-histories')
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
