import { expect, test, type Page } from '@playwright/test';
import { countiesInForce } from '../../src/lib/divisions/index.ts';
import { nameIn, t, type Lang } from '../../src/lib/i18n/index.ts';
import { loadSiteData } from '../../src/lib/site-data/index.ts';
import { countyYearPath, indicatorYearPath, prefectureYearPath } from '../../src/lib/routes.ts';
import { countyLink, labelPointOf } from './map-counties.ts';

/**
 * The map on a touch screen (a phone-sized context with `hasTouch`, taps through `page.tap`): a
 * first tap on a county shows its name and figure with a link to its page instead of leaving;
 * a second tap on the same county, or the link, opens the page. Zoomed to a prefecture, the map
 * names its counties. Counties are found by their links' addresses, strings come from the dictionaries.
 */
const YEAR = 2019;
const ID = 'remaining_poor';
const COUNTY = '371327'; // 莒南县
const PREFECTURE = '371300'; // 临沂市
const LANGS: Lang[] = ['zh-CN', 'en'];
const data = loadSiteData();

const shape = (page: Page, code: string) => page.locator(`county-map ${countyLink(code)}`);
const tooltip = (page: Page) => page.locator('county-map .map-tooltip');

/** The county's label point in viewport pixels (inside the county by construction), scrolled into view. */
const labelPoint = (page: Page, code: string) => labelPointOf(page, shape(page, code), code);

async function openOnPhone(browser: import('@playwright/test').Browser, path: string) {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator('county-map figure > svg')).toHaveAttribute('tabindex', '0'); // upgraded
  return { context, page };
}

for (const lang of LANGS) {
  const path = indicatorYearPath(ID, YEAR, lang);

  test(`${path}: a first tap previews the county, a second tap opens its page`, async ({ browser }) => {
    const { context, page } = await openOnPhone(browser, path);
    const label = (await shape(page, COUNTY).getAttribute('data-label'))!;
    await page.touchscreen.tap(...(Object.values(await labelPoint(page, COUNTY)) as [number, number]));
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(label);
    const link = tooltip(page).getByRole('link', { name: t(lang, 'map.preview.open') });
    await expect(link).toHaveAttribute('href', countyYearPath(COUNTY, YEAR, lang));
    expect(new URL(page.url()).pathname).toBe(path); // the tap did not leave the page
    await expect(page.locator('[data-map-live]')).toHaveText(label);
    // The link takes a finger: at least 24 px high (WCAG 2.2 2.5.8).
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    // A second tap on the same county follows its link.
    await page.touchscreen.tap(...(Object.values(await labelPoint(page, COUNTY)) as [number, number]));
    await page.waitForURL((url) => url.pathname === countyYearPath(COUNTY, YEAR, lang));
    await context.close();
  });

  test(`${path}: the preview's link opens the county; a tap elsewhere closes it`, async ({ browser }) => {
    const { context, page } = await openOnPhone(browser, path);
    await page.touchscreen.tap(...(Object.values(await labelPoint(page, COUNTY)) as [number, number]));
    await expect(tooltip(page)).toBeVisible();
    await page.locator('h1').tap();
    await expect(tooltip(page)).toBeHidden();
    await page.touchscreen.tap(...(Object.values(await labelPoint(page, COUNTY)) as [number, number]));
    await tooltip(page).getByRole('link').tap();
    await page.waitForURL((url) => url.pathname === countyYearPath(COUNTY, YEAR, lang));
    await context.close();
  });
}

test('a mouse click still opens the county at once', async ({ page }) => {
  const path = indicatorYearPath(ID, YEAR, 'zh-CN');
  await page.goto(path);
  await expect(page.locator('county-map figure > svg')).toHaveAttribute('tabindex', '0');
  const { x, y } = await labelPoint(page, COUNTY);
  await page.mouse.click(x, y);
  await page.waitForURL((url) => url.pathname === countyYearPath(COUNTY, YEAR, 'zh-CN'));
});

for (const lang of LANGS) {
  test(`${lang}: zoomed to a prefecture, the map names its counties; at the province's scale it does not`, async ({
    browser,
  }) => {
    const { context, page } = await openOnPhone(browser, indicatorYearPath(ID, YEAR, lang));
    const labels = page.locator('county-map .map-labels text');
    await expect(labels).toHaveCount(0);
    await page.locator('select[data-map-zoom]').selectOption(PREFECTURE);
    // Every county of the prefecture is named (neighbours reaching into its box may be too).
    const names = countiesInForce(data.divisions, YEAR)
      .filter((d) => d.parent === PREFECTURE)
      .map((d) => nameIn(lang, d));
    expect(names.length).toBeGreaterThan(5);
    await expect(labels.first()).toBeVisible();
    expect(await labels.allTextContents()).toEqual(expect.arrayContaining(names));
    expect(await labels.count()).toBeLessThan(40);
    await expect(page.locator('county-map .map-labels')).toHaveAttribute('aria-hidden', 'true');
    await page.locator('[data-map-zoom-reset]').tap();
    await expect(labels).toHaveCount(0);
    // A prefecture's own page starts zoomed to it, with the names shown.
    await page.goto(prefectureYearPath(PREFECTURE, YEAR, lang));
    await expect(page.locator('county-map .map-labels text').first()).toBeVisible();
    await context.close();
  });
}

test('a prefecture page names its counties on the map without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(prefectureYearPath(PREFECTURE, YEAR, 'zh-CN'));
  const names = countiesInForce(data.divisions, YEAR)
    .filter((d) => d.parent === PREFECTURE)
    .map((d) => d.nameZh);
  const labels = page.locator('county-map .map-labels text');
  await expect(labels.first()).toBeVisible();
  expect(await labels.allTextContents()).toEqual(expect.arrayContaining(names));
  await context.close();
});
