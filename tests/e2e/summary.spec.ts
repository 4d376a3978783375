import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { countyPath, countyYearPath, prefectureYearPath, yearPath } from '../../src/lib/routes.ts';
import { loadSiteData } from '../../src/lib/site-data/index.ts';
import {
  areaYearFacts,
  areaYearSummary,
  countySeriesFacts,
  countySeriesSummary,
  summaryText,
} from '../../src/lib/summary/index.ts';

/**
 * The plain-word summary at the top of county, county-year, prefecture-year and year pages reads
 * without JavaScript, says what the data say (the same sentences the generator makes) and passes axe.
 */
const data = loadSiteData();
const JUNAN = '371327';
const LINYI = '371300';

for (const lang of LANGS) {
  const pages = [
    { path: countyYearPath(JUNAN, 2019, lang), summary: areaYearSummary(lang, areaYearFacts(data, JUNAN, 2019)) },
    { path: countyPath(JUNAN, lang), summary: countySeriesSummary(lang, countySeriesFacts(data, JUNAN)) },
    { path: prefectureYearPath(LINYI, 2019, lang), summary: areaYearSummary(lang, areaYearFacts(data, LINYI, 2019)) },
    { path: yearPath(2020, lang), summary: areaYearSummary(lang, areaYearFacts(data, '370000', 2020)) },
  ];
  for (const { path, summary } of pages) {
    test(`${path} opens with the generated summary, readable without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      expect((await page.goto(path))?.status()).toBe(200);
      const section = page.locator('[data-summary]');
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(lang === 'en' ? 'In brief' : '概况');
      await expect(section.locator('.summary-text')).toHaveText(summaryText(summary));
      await expect(section.locator('.summary-notes li')).toHaveText(summary.notes);
      // It comes before the first table, where a reader on a phone sees it first.
      const [summaryTop, tableTop] = await Promise.all([
        section.boundingBox(),
        page.locator('table').first().boundingBox(),
      ]);
      if (tableTop) expect(summaryTop!.y).toBeLessThan(tableTop.y);
      await context.close();
    });

    test(`${path}: the summary passes axe`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      const results = await new AxeBuilder({ page })
        .include('[data-summary]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
}
