import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { countyPath, indicatorYearPath } from '../../src/lib/routes.ts';
import { countyTrends } from '../../src/lib/site-data/county-trends.ts';
import { HEADLINE_INDICATORS } from '../../src/lib/summary/index.ts';
import { choropleth, loadSiteData } from '../../src/lib/site-data/index.ts';
import { valueOf } from '../../src/lib/stats/index.ts';

/**
 * The ranked dot chart on indicator-year pages: drawn at build time (so it reads with JavaScript
 * off), one dot per county with a figure in the map's own colour, beside the map on a wide
 * screen, labelled for screen readers, linked to the ranked table, and clean under axe.
 */
const data = loadSiteData();
const ID = 'remaining_poor';
const YEAR = 2019;
const map = choropleth(data, ID, YEAR)!;
const withFigure = map.observations.filter((o) => valueOf(o, ID) !== null && valueOf(o, ID) !== undefined);

for (const lang of LANGS) {
  const path = indicatorYearPath(ID, YEAR, lang);

  test(`${path}: the dot chart is drawn without JavaScript, beside the map, in the map's colours`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    expect((await page.goto(path))?.status()).toBe(200);
    const chart = page.locator('figure.strip-chart');
    const svg = chart.locator('svg[role="img"]');
    await expect(svg).toBeVisible();
    expect((await svg.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
    await expect(chart.locator('circle')).toHaveCount(withFigure.length);
    // Every dot has the fill of its county on the map.
    const pairs = await page.evaluate(() =>
      [...document.querySelectorAll('.strip-chart circle')].map((c) => {
        const code = c.getAttribute('data-code');
        return [
          c.getAttribute('fill'),
          document.querySelector(`.county-map .counties a[href*="/counties/${code}/"] use`)?.getAttribute('fill'),
        ];
      }),
    );
    for (const [dot, county] of pairs) expect(dot).toBe(county);
    // Beside the map, not under the long table: its top is above the map's bottom edge.
    const [chartBox, mapBox] = await Promise.all([
      chart.boundingBox(),
      page.locator('figure.county-map').boundingBox(),
    ]);
    expect(chartBox!.y).toBeLessThan(mapBox!.y + mapBox!.height);
    expect(chartBox!.x).toBeGreaterThan(mapBox!.x);
    // The ranked table is the chart's text equivalent, one link away.
    await chart.locator('a[href="#rank-table"]').click();
    await expect(page.locator('#rank-table')).toBeInViewport();
    if (map.example)
      await expect(chart.locator('figcaption strong')).toHaveText(
        lang === 'en' ? 'Example data, not real statistics.' : '示例数据，并非真实统计。',
      );
    await context.close();
  });

  test(`${path}: the dot chart passes axe`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .include('figure.strip-chart')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

/**
 * County pages: 2018–2020 small multiples of the headline indicators, readable without
 * JavaScript, each with its figures in a data table and the median-county reference lines.
 */
const JUNAN = '371327';
const trends = countyTrends(data, JUNAN, HEADLINE_INDICATORS);

for (const lang of LANGS) {
  const path = countyPath(JUNAN, lang);

  test(`${path}: small multiples of the headline indicators, without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(path))?.status()).toBe(200);
    const panels = page.locator('.county-trends figure.trend-panel');
    await expect(panels).toHaveCount(trends.length);
    expect(trends.length).toBeGreaterThan(0);
    for (const [i, tr] of trends.entries()) {
      const panel = panels.nth(i);
      await expect(panel.locator('svg[role="img"]')).toBeVisible();
      await expect(panel.locator('path.trend-prefecture')).toHaveCount(1);
      await expect(panel.locator('path.trend-province')).toHaveCount(1);
      await expect(panel.locator('circle.trend-point')).toHaveCount(tr.county.filter((v) => v !== null).length);
      // The data table holds the county's figure for each year, one row per year.
      await panel.locator('summary').click();
      await expect(panel.locator('tbody tr')).toHaveCount(tr.years.length);
    }
    if (trends.some((tr) => tr.example))
      await expect(page.locator('.county-trends > p strong')).toHaveText(
        lang === 'en' ? 'Example data, not real statistics.' : '示例数据，并非真实统计。',
      );
    await context.close();
  });

  test(`${path}: the small multiples pass axe`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .include('.county-trends')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
