import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { classColour } from '../../src/lib/geo/index.ts';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { countyYearPath, explainerPath, indicatorYearPath } from '../../src/lib/routes.ts';
import { samplePerTemplate, sitemapPaths } from './sitemap.ts';

/**
 * Both colour schemes (src/styles/theme.css): one page of every template in both languages meets
 * WCAG 2.2 AA with axe-core, colour contrast included, in the light and in the dark scheme; the
 * dark scheme really is dark; the map's classes, key, hatch, pop-ups and focus ring follow it; and
 * the downloadable map keeps the light colours.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const LANGS: Lang[] = ['zh-CN', 'en'];
const YEAR = 2019;
const INDICATOR = 'remaining_poor';
// The compare tool and the list of changes, whatever the sitemap's grouping picks.
const EXTRA = ['/compare/', '/en/compare/', '/changes/', '/en/changes/'].filter((p) =>
  existsSync(`dist${p}index.html`),
);
const paths = [...new Set([...samplePerTemplate(sitemapPaths(), 1), ...EXTRA])];

async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const computed = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('one page of each template in both languages, and the compare tool', () => {
  expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(paths.some((p) => p.includes('/embed/'))).toBe(true);
});

for (const path of paths) {
  test(`${path} meets WCAG 2.2 AA in the light and the dark scheme`, async ({ page }) => {
    test.slow(); // two axe scans of a busy page on a shared machine
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const background = luminance(await computed(page, 'html', 'background-color'));
      const text = luminance(await computed(page, 'body', 'color'));
      // The page follows the scheme: a dark ground under light text, or the other way round.
      if (colorScheme === 'dark') expect(background).toBeLessThan(text);
      else expect(background).toBeGreaterThan(text);
      expect(await violations(page), `${colorScheme} scheme`).toEqual([]);
    }
  });
}

for (const lang of LANGS) {
  test.describe(`dark scheme (${lang})`, () => {
    test.use({ colorScheme: 'dark' });

    test('the map recolours every class, brighter for more, and its key says so and matches', async ({ page }) => {
      await page.goto(indicatorYearPath(INDICATOR, YEAR, lang));
      const key = page.locator('county-map .map-legend');
      await expect(key.locator('.map-legend-title')).toHaveText(t(lang, 'map.legend.neutral.dark'), {
        useInnerText: true,
      });
      const swatches = key.locator('rect[class^="ramp"]');
      const count = await swatches.count();
      expect(count).toBeGreaterThanOrEqual(3);
      const keyFills = await swatches.evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
      // All different and brighter class by class: the light ramp runs the other way.
      expect(new Set(keyFills).size).toBe(count);
      for (let i = 1; i < count; i++) expect(luminance(keyFills[i]!)).toBeGreaterThan(luminance(keyFills[i - 1]!));
      // Each county of a class has the same colour as the class's swatch.
      const pairs = await page
        .locator('county-map .counties use[class^="ramp"]')
        .evaluateAll((uses) => uses.map((u) => [u.getAttribute('class')!, getComputedStyle(u).fill] as const));
      const swatchOf = new Map(
        await swatches.evaluateAll((rects) =>
          rects.map((r) => [r.getAttribute('class')!, getComputedStyle(r).fill] as const),
        ),
      );
      expect(pairs.length).toBeGreaterThan(100);
      for (const [ramp, fill] of pairs) expect(fill, ramp).toBe(swatchOf.get(ramp));
      // The no-data hatch lies on the dark page, not on a white tile.
      const ground = await computed(page, '.map-legend .hatch-ground', 'fill');
      expect(ground).toBe(await computed(page, 'html', 'background-color'));
    });

    test('the strip chart dots take the dark classes too', async ({ page }) => {
      await page.goto(indicatorYearPath(INDICATOR, YEAR, lang));
      const dots = page.locator('.strip-dots circle[class^="ramp"]');
      expect(await dots.count()).toBeGreaterThan(0);
      const [ramp, fill] = await dots.first().evaluate((c) => [c.getAttribute('class')!, getComputedStyle(c).fill]);
      expect(fill).toBe(await computed(page, `.map-legend rect.${ramp}`, 'fill'));
    });

    test('the map download keeps the light colours: it leaves the page', async ({ page, request }) => {
      await page.goto(indicatorYearPath(INDICATOR, YEAR, lang));
      // The map's own list of downloads (the chart beside it has another).
      const mapDownloads = page.getByRole('list', { name: t(lang, 'share.download.label') });
      const href = (await mapDownloads.locator('a[download]').getAttribute('href'))!;
      const svg = await (await request.get(href)).text();
      expect(svg).toContain('fill="#ffffff"');
      expect(svg).toContain(classColour(0, 5));
      expect(svg).not.toContain('#121417');
    });

    test('the chosen county stands out and the keyboard outline shows on the dark map', async ({ page }) => {
      await page.goto(countyYearPath('370116', YEAR, lang));
      const current = page.locator('county-map a[aria-current="true"]');
      const currentFill = await current.locator('use').evaluate((u) => getComputedStyle(u).fill);
      const plainFill = await page
        .locator('county-map a:not([aria-current]) use')
        .first()
        .evaluate((u) => getComputedStyle(u).fill);
      expect(currentFill).not.toBe(plainFill);
      // Light lines on the dark page: the outline is brighter than the ground.
      const ground = luminance(await computed(page, 'html', 'background-color'));
      expect(luminance(await current.evaluate((a) => getComputedStyle(a).stroke))).toBeGreaterThan(ground);
      const svg = page.locator('county-map figure > svg');
      await expect(svg).toHaveAttribute('tabindex', '0');
      await svg.focus();
      const line = page.locator('.map-focus-line');
      await expect(line).toBeVisible();
      expect(luminance(await line.evaluate((l) => getComputedStyle(l).stroke))).toBeGreaterThan(ground);
    });

    test('a glossary pop-up and the focus ring stay readable', async ({ page }) => {
      await page.goto(explainerPath('targets', lang));
      const term = page.locator('.term[data-disclosure]').first();
      await term.locator('button.term-button').click();
      await expect(term.locator('.term-tip')).toBeVisible();
      expect(await violations(page, '.term[data-open] .term-tip')).toEqual([]);
      // The focus ring: yellow under dark text in both schemes.
      const link = page.locator('main a[href]').first();
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus-visible');
      expect(await focused.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 191, 71)');
      expect(luminance(await focused.evaluate((el) => getComputedStyle(el).color))).toBeLessThan(0.05);
    });
  });
}
