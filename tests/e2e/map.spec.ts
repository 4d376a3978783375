import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { countyYearPath, indicatorYearPath } from '../../src/lib/routes.ts';
import { codeOf, countyLink, COUNTY_LINKS, labelPointOf } from './map-counties.ts';

/**
 * The map's enhancement (src/components/map/map-element.ts) in a real browser over the built site:
 * mouse, keyboard, zoom and the indicator switch with JavaScript, and the same map with it off.
 * Counties are found by their links' addresses, controls by data attributes; texts come from the dictionaries.
 */
const YEAR = 2019;
const MARKED = '370116'; // 莱芜区: its county-year page marks it on the map (aria-current)
const OTHER = '370114'; // 章丘区: a large county elsewhere in the same prefecture
const PREFECTURE = '370300'; // 淄博市, to zoom to
const LANGS: Lang[] = ['zh-CN', 'en'];

const map = (page: Page) => page.locator('county-map');
const svg = (page: Page) => page.locator('county-map figure > svg');
const county = (page: Page, code: string) => page.locator(`county-map ${countyLink(code)}`);

/** Opens `path` and waits until the element has upgraded (the SVG became a Tab stop). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(svg(page)).toHaveAttribute('tabindex', '0');
}

/**
 * A county's label point (from the year's label file) in viewport pixels, inside the county by
 * construction; the map is scrolled into view first so the mouse can reach it.
 */
const labelPoint = (page: Page, code: string) => labelPointOf(page, county(page, code), code);

/** Presses Tab from the top of the page until the map's SVG has focus (fails after 40 presses). */
async function tabToMap(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await svg(page).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the map');
}

const currentCode = async (page: Page) => codeOf(await page.locator('county-map a.map-current').getAttribute('href'));

test.describe('with the mouse', () => {
  test('hovering a county shows its label; clicking opens its page', async ({ page }) => {
    await open(page, countyYearPath(MARKED, YEAR, 'zh-CN'));
    const { x, y } = await labelPoint(page, OTHER);
    await page.mouse.move(x, y);
    const tooltip = map(page).locator('.map-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText((await county(page, OTHER).getAttribute('data-label'))!);
    await page.mouse.move(1, 1);
    await expect(tooltip).toBeHidden();
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(countyYearPath(OTHER, YEAR, 'zh-CN'));
  });
});

for (const lang of LANGS) {
  test.describe(`with the keyboard (${lang})`, () => {
    test('Tab reaches the map; arrows move and announce; Enter opens the county', async ({ page }) => {
      await open(page, countyYearPath(MARKED, YEAR, lang));
      await expect(svg(page)).toHaveAttribute('role', 'group');
      await expect(svg(page)).toHaveAttribute('aria-roledescription', t(lang, 'map.roledescription'));
      await expect(svg(page)).toHaveAccessibleDescription(t(lang, 'map.help'));
      await tabToMap(page);
      const live = map(page).locator('[aria-live="polite"]');
      // It starts on the county the page is about.
      expect(await currentCode(page)).toBe(MARKED);
      await expect(live).toHaveText((await county(page, MARKED).getAttribute('data-label'))!);

      const visited = [MARKED];
      for (const key of ['ArrowRight', 'ArrowUp']) {
        await page.keyboard.press(key);
        const code = (await currentCode(page))!;
        expect(visited, `${key} moved to another county`).not.toContain(code);
        await expect(live).toHaveText((await county(page, code).getAttribute('data-label'))!);
        await expect(map(page).locator('.map-tooltip')).toHaveText(
          (await county(page, code).getAttribute('data-label'))!,
        );
        visited.push(code);
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(countyYearPath(visited.at(-1)!, YEAR, lang));
    });

    test('Escape leaves the map for the next focusable element after it', async ({ page }) => {
      await open(page, countyYearPath(MARKED, YEAR, lang));
      await tabToMap(page);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Escape');
      await expect(svg(page)).not.toBeFocused();
      await expect(map(page).locator('.map-tooltip')).toBeHidden();
      const after = await map(page).evaluate((el) => {
        const active = document.activeElement;
        return (
          !!active &&
          active !== document.body &&
          !el.contains(active) &&
          !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      });
      expect(after, 'focus is on an element after the map').toBe(true);
    });
  });
}

test.describe('zoom', () => {
  test('choosing a prefecture zooms the SVG to its box and announces it; reset restores the province', async ({
    page,
  }) => {
    await open(page, countyYearPath(MARKED, YEAR, 'zh-CN'));
    const full = await svg(page).getAttribute('viewBox');
    const option = map(page).locator(`select[data-map-zoom] option[value="${PREFECTURE}"]`);
    const box = (await option.getAttribute('data-box'))!;
    expect(box).toMatch(/^\d+ \d+ \d+ \d+$/);
    await map(page).locator('select[data-map-zoom]').selectOption(PREFECTURE);
    await expect(svg(page)).toHaveAttribute('viewBox', box);
    await expect(map(page).locator('[aria-live="polite"]')).toHaveText(
      t('zh-CN', 'map.zoom.done', { name: (await option.textContent())!.trim() }),
    );
    await map(page).locator('[data-map-zoom-reset]').click();
    await expect(svg(page)).toHaveAttribute('viewBox', full!);
    await expect(map(page).locator('select[data-map-zoom]')).toHaveValue('');
    await expect(map(page).locator('[aria-live="polite"]')).toHaveText(t('zh-CN', 'map.zoom.cleared'));
  });

  test('with reduced motion the viewBox changes at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, countyYearPath(MARKED, YEAR, 'en'));
    const box = await map(page).locator(`select[data-map-zoom] option[value="${PREFECTURE}"]`).getAttribute('data-box');
    await map(page).locator('select[data-map-zoom]').selectOption(PREFECTURE);
    expect(await svg(page).getAttribute('viewBox')).toBe(box);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is a complete image whose counties link to their pages', async ({ page }) => {
    await page.goto(countyYearPath(MARKED, YEAR, 'zh-CN'));
    await expect(svg(page)).toHaveAttribute('role', 'img');
    await expect(svg(page)).not.toHaveAttribute('tabindex');
    await expect(map(page).locator(COUNTY_LINKS)).toHaveCount(137);
    await expect(map(page).locator('.map-credit')).toBeVisible();
    await expect(map(page).locator('.map-zoom')).toBeHidden();
    await expect(map(page).locator(`.counties a[href="${countyYearPath(OTHER, YEAR, 'zh-CN')}"]`)).toHaveCount(1);
    const { x, y } = await labelPoint(page, OTHER);
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(countyYearPath(OTHER, YEAR, 'zh-CN'));
  });

  test("a choropleth page shows its legend, table, and a switch that opens the chosen indicator's page", async ({
    page,
  }) => {
    const found = switchPage();
    test.fixme(!found, NO_SWITCH_PAGE);
    await page.goto(found!.path);
    await expect(map(page).locator('.map-legend li').first()).toBeVisible();
    await expect(page.locator('table.rank-table tbody tr').first()).toBeVisible();
    await page.locator('nav.map-switch summary').click();
    const link = page.locator('nav.map-switch a.map-switch-name:not([aria-current])').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(href);
  });
});

/**
 * An indicator-year page whose map has a switch, found in the built site itself (dist/).
 * Null until the indicator pages exist.
 */
function switchPage(): { path: string; html: string } | null {
  const root = join('dist', 'indicators');
  if (!existsSync(root)) return null;
  for (const id of readdirSync(root).sort()) {
    const file = join(root, id, String(YEAR), 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (/<nav class="map-switch"/.test(html)) return { path: `/indicators/${id}/${YEAR}/`, html };
  }
  return null;
}
const NO_SWITCH_PAGE =
  'No indicator-year page with <MapSwitch> in dist/ (dist/indicators/{id}/2019/); runs once they exist.';

test.describe('indicator switch', () => {
  for (const lang of LANGS) {
    test(`choosing another indicator opens its own page for the same year, whole (${lang})`, async ({ page }) => {
      const found = switchPage();
      test.fixme(!found, NO_SWITCH_PAGE);
      const from = found!.path.split('/')[2]!;
      await page.goto(indicatorYearPath(from, YEAR, lang));
      const nav = page.locator('nav.map-switch');
      await nav.locator('summary').click();
      const item = nav.locator(`li:has(a[data-year="${YEAR}"]):not([data-indicator="${from}"])`).first();
      const to = (await item.getAttribute('data-indicator'))!;
      const name = (await item.locator('a.map-switch-name').textContent())!.trim();
      await item.locator('a.map-switch-name').click();

      // The address, the map, the heading, the breadcrumb and the language link all name the new indicator.
      await expect(page).toHaveURL((url) => url.pathname === indicatorYearPath(to, YEAR, lang) && url.search === '');
      await expect(map(page)).toHaveAttribute('data-indicator', to);
      await expect(page.locator('h1')).toContainText(name);
      await expect(page.locator('nav.breadcrumbs')).toContainText(name);
      await expect(page.locator('a.lang-switch')).toHaveAttribute(
        'href',
        indicatorYearPath(to, YEAR, lang === 'en' ? 'zh-CN' : 'en'),
      );
      await expect(page.locator(`nav.map-switch a.map-switch-name[aria-current="page"]`)).toHaveText(name);
    });
  }

  test('works the same with JavaScript off', async ({ browser }) => {
    const found = switchPage();
    test.fixme(!found, NO_SWITCH_PAGE);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(found!.path);
    const from = found!.path.split('/')[2]!;
    await page.locator('nav.map-switch summary').click();
    const item = page.locator(`nav.map-switch li:has(a[data-year="${YEAR}"]):not([data-indicator="${from}"])`).first();
    const to = (await item.getAttribute('data-indicator'))!;
    await item.locator('a.map-switch-name').click();
    await expect(page).toHaveURL((url) => url.pathname === indicatorYearPath(to, YEAR, 'zh-CN'));
    await expect(page.locator('county-map')).toHaveAttribute('data-indicator', to);
    await context.close();
  });
});

test.describe('under the strict CSP', () => {
  test('the county page loads no inline script or style and logs no errors while the map is used', async ({ page }) => {
    const path = countyYearPath(MARKED, YEAR, 'zh-CN');
    const html = await (await page.request.get(path)).text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // Chromium asks for /favicon.ico by itself; the site has none yet (not the map's concern).
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
    });
    await open(page, path);
    const { x, y } = await labelPoint(page, OTHER);
    await page.mouse.move(x, y);
    await tabToMap(page);
    await page.keyboard.press('ArrowDown');
    await map(page).locator('select[data-map-zoom]').selectOption(PREFECTURE);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
});
