import { expect, test } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { countyYearPath, indicatorYearPath } from '../../src/lib/routes.ts';

/**
 * Figures that read correctly, on the built pages: a rate's change in percentage points, shared
 * ranks marked as tied and never beside "the lowest", map keys that state the figures each class
 * holds, and a key that says in words when lower is better.
 */
const JUNAN = '371327'; // 莒南县, 临沂市
const YEAR = 2019;
const LANGS: Lang[] = ['zh-CN', 'en'];

for (const lang of LANGS) {
  test(`a county-year table states rate changes in points and never calls a tied rank the lowest (${lang})`, async ({
    page,
  }) => {
    await page.goto(countyYearPath(JUNAN, YEAR, lang));
    const rows = page.locator('table.figures tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    const rate = rows.filter({ has: page.locator(`a[href="${indicatorYearPath('poverty_incidence', YEAR, lang)}"]`) });
    const change = rate.locator('td').nth(4);
    if ((await change.locator('data').count()) > 0) {
      await expect(change).toContainText(lang === 'en' ? 'percentage point' : '个百分点');
      await expect(change).not.toContainText('%');
    }
    const prefecture = (await page.locator('table.figures thead th').nth(3).textContent())!.trim();
    for (const row of await rows.all()) {
      const rank = row.locator('td').nth(1);
      const sharedBy = await rank.getAttribute('data-tied');
      await expect(rank).toContainText(sharedBy ? (lang === 'en' ? 'tied' : '并列') : /^(?!.*(tied|并列))/);
      // Every county sharing one figure (all at 0.0%): the sentence beside it says "the same", never "the lowest".
      const total = /(\d+)\s*$/.exec((await rank.textContent())!.trim())?.[1];
      if (sharedBy && sharedBy === total)
        await expect(row.locator('td').nth(5)).toHaveText(t(lang, 'compare.same', { prefecture }));
    }
  });

  test(`a map key states the figures of each class and says when lower is better (${lang})`, async ({ page }) => {
    await page.goto(indicatorYearPath('remaining_poor', YEAR, lang));
    const key = page.locator('county-map .map-legend');
    await expect(key.locator('.map-legend-title')).toHaveText(t(lang, 'map.legend.neutral'), { useInnerText: true });
    await expect(key.locator('.map-legend-better')).toHaveText(t(lang, 'map.legend.lower'));
    const labels = await key.locator('li').allTextContents();
    for (const label of labels) expect(label).not.toMatch(/低于|至低于|below|to under/);
    expect(labels.at(-2)).toMatch(lang === 'en' ? /or more$/ : /及以上$/);
  });
}
