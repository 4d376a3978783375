import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { PLAN_YEARS } from '../../src/lib/plan.ts';
import { indicatorPath } from '../../src/lib/routes.ts';
import { changeRanking } from '../../src/lib/site-data/change-ranking.ts';
import { loadSiteData } from '../../src/lib/site-data/index.ts';

/**
 * The change ranking on each indicator's page: drawn at build time (it reads with JavaScript
 * off), one dot per ranked county, labelled for screen readers, with a ranked table holding
 * every county's two figures and change; a rate's change in percentage points; ties say so.
 */
const data = loadSiteData();
const [FROM, TO] = [PLAN_YEARS[0], PLAN_YEARS[PLAN_YEARS.length - 1]!];

for (const lang of LANGS) {
  for (const id of ['remaining_poor', 'poverty_incidence']) {
    const ranking = changeRanking(data, id, FROM, TO)!;
    const path = indicatorPath(id, lang);

    test(`${path}: the change ranking reads without JavaScript, with its table`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      expect((await page.goto(path))?.status()).toBe(200);
      const chart = page.locator('figure.change-chart');
      const label = await chart.locator('svg[role="img"]').getAttribute('aria-label');
      expect(label).toContain(String(FROM));
      await expect(chart.locator('circle')).toHaveCount(ranking.rows.length);
      const rows = page.locator('#change-table tbody tr');
      await expect(rows).toHaveCount(ranking.rows.length);
      // First row: the largest rise, with both years' figures and the change in the indicator's unit.
      const first = rows.first();
      await expect(first).toHaveAttribute('data-code', ranking.rows[0]!.code);
      const change = first.locator('td').last();
      await expect(change.locator('data')).toHaveAttribute('value', String(ranking.rows[0]!.change));
      if (id === 'poverty_incidence') {
        await expect(change).toContainText(lang === 'en' ? 'percentage point' : '个百分点');
        await expect(page.locator('#change-table thead')).not.toContainText('%');
      }
      // Shared ranks are marked as ties in words, exactly where the data has them.
      const tied = ranking.rows.filter((r) => r.sharedBy > 1).length;
      await expect(page.locator('#change-table td[data-tied]')).toHaveCount(tied);
      if (tied > 0)
        await expect(page.locator('#change-table td[data-tied]').first()).toContainText(
          lang === 'en' ? 'tied' : '并列',
        );
      // A county formed after 2018 is compared with what became it, and the page says how.
      if (ranking.rows.some((r) => r.via)) await expect(page.locator('#change-table small.via').first()).toBeVisible();
      if (ranking.example)
        await expect(chart.locator('figcaption strong')).toHaveText(
          lang === 'en' ? 'Example data, not real statistics.' : '示例数据，并非真实统计。',
        );
      await chart.locator('a[href="#change-table"]').click();
      await expect(page.locator('#change-table')).toBeInViewport();
      await context.close();
    });
  }

  test(`${indicatorPath('remaining_poor', lang)}: the change ranking passes axe`, async ({ page }) => {
    expect((await page.goto(indicatorPath('remaining_poor', lang)))?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .include('section[aria-labelledby="ind-change"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
