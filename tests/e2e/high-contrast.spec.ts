import { expect, test, type Page } from '@playwright/test';
import { type Lang } from '../../src/lib/i18n/index.ts';
import { countyYearPath, indicatorYearPath } from '../../src/lib/routes.ts';

/**
 * High contrast for older and low-vision readers, in both colour schemes:
 * - forced colours (Windows contrast themes, `forcedColors: 'active'`): the map keeps its class
 *   colours, draws county and prefecture borders and the key's swatch edges in the theme's text
 *   colour, and the chosen and the focused county in its highlight colour; text takes the theme;
 * - `prefers-contrast: more`: secondary text and the map's edges take the full text colour.
 * Everything is read from computed styles, compared with what the browser makes of the theme's
 * own colour keywords.
 */
const LANGS: Lang[] = ['zh-CN', 'en'];
const SCHEMES = ['light', 'dark'] as const;
const YEAR = 2019;
const MARKED = '370116';
const INDICATOR = 'remaining_poor';

/** What the browser resolves a CSS system colour (CanvasText, Highlight…) to in this page. */
function systemColour(page: Page, keyword: string): Promise<string> {
  return page.evaluate((k) => {
    const probe = document.createElement('span');
    probe.style.color = k;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, keyword);
}
const style = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

for (const lang of LANGS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`forced colours, ${colorScheme} scheme (${lang})`, () => {
      test.use({ colorScheme, forcedColors: 'active' });

      test('the chosen and the focused county show in the highlight colour; borders in the text colour', async ({
        page,
      }) => {
        await page.goto(countyYearPath(MARKED, YEAR, lang));
        const text = await systemColour(page, 'CanvasText');
        const ground = await systemColour(page, 'Canvas');
        const highlight = await systemColour(page, 'Highlight');
        expect(await style(page, 'county-map .counties', 'stroke')).toBe(text);
        expect(await style(page, 'county-map .prefectures', 'stroke')).toBe(text);
        const current = 'county-map a[aria-current="true"]';
        expect(await style(page, current, 'stroke')).toBe(highlight);
        expect(parseFloat(await style(page, current, 'stroke-width'))).toBeGreaterThanOrEqual(3);
        expect(await style(page, `${current} use`, 'fill')).toBe(highlight);
        expect(await style(page, 'county-map a:not([aria-current]) use', 'fill')).toBe(ground);
        // Text reads in the theme's colours.
        expect(await style(page, 'body', 'color')).toBe(text);
        expect(await style(page, '.breadcrumbs', 'color')).toBe(text);
        expect(ratio(text, ground)).toBeGreaterThanOrEqual(7);
        // The keyboard's county: a thick line in the highlight colour.
        const svg = page.locator('county-map figure > svg');
        await expect(svg).toHaveAttribute('tabindex', '0');
        await svg.focus();
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.map-focus-line')).toBeVisible();
        expect(await style(page, '.map-focus-line', 'stroke')).toBe(highlight);
        expect(parseFloat(await style(page, '.map-focus-line', 'stroke-width'))).toBeGreaterThanOrEqual(3);
      });

      test('a choropleth keeps its distinct classes, and the key its swatches, edged in the text colour', async ({
        page,
      }) => {
        await page.goto(indicatorYearPath(INDICATOR, YEAR, lang));
        const text = await systemColour(page, 'CanvasText');
        const swatches = page.locator('county-map .map-legend rect[class^="ramp"]');
        const fills = await swatches.evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
        expect(fills.length).toBeGreaterThanOrEqual(3);
        expect(new Set(fills).size).toBe(fills.length);
        const strokes = await page
          .locator('county-map .map-legend rect')
          .evaluateAll((rects) => rects.map((r) => getComputedStyle(r).stroke));
        for (const stroke of strokes) expect(stroke).toBe(text);
        const countyFills = await page
          .locator('county-map .counties use[class^="ramp"]')
          .evaluateAll((uses) => uses.map((u) => getComputedStyle(u).fill));
        expect(new Set(countyFills)).toEqual(new Set(fills));
        expect(await style(page, 'county-map .counties', 'stroke')).toBe(text);
        expect(await style(page, '.map-legend .hatch-line', 'stroke')).toBe(text);
      });
    });

    test.describe(`more contrast, ${colorScheme} scheme (${lang})`, () => {
      test.use({ colorScheme, contrast: 'more' });

      test('secondary text and the map key edges take the full text colour', async ({ page }) => {
        await page.goto(indicatorYearPath(INDICATOR, YEAR, lang));
        const text = await style(page, 'body', 'color');
        const ground = await style(page, 'html', 'background-color');
        expect(ratio(text, ground)).toBeGreaterThanOrEqual(7);
        expect(await style(page, '.breadcrumbs', 'color')).toBe(text);
        expect(await style(page, '.map-legend rect', 'stroke')).toBe(text);
        expect(await style(page, '.map-legend .hatch-line', 'stroke')).toBe(text);
      });
    });
  }
}
