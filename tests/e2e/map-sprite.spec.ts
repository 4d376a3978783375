import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { countyYearPath, embedPath, indicatorYearPath } from '../../src/lib/routes.ts';

/**
 * The map's shapes come from one shared file per year (src/lib/geo/sprite.ts), drawn on each
 * page by `<use>`: in a real browser over the built site, every county and the prefecture mesh
 * draw from it, on ordinary pages and in embeds, with JavaScript on or off; and a county without
 * a figure still shows the page's hatch, although its shape lives in another file.
 */
const YEAR = 2019;
const HATCH = 'url(#map-no-data)';

/** Width and height of each `<use>` in the map once its shape has arrived (0 × 0 if it never does). */
const drawnSizes = (page: Page) =>
  page.locator('county-map figure > svg').evaluate((svg) =>
    [...svg.querySelectorAll('.counties use, use.prefectures')].map((u) => {
      const box = (u as SVGUseElement).getBBox();
      return { href: u.getAttribute('href') ?? '', width: box.width, height: box.height };
    }),
  );

async function expectAllDrawn(page: Page, counties: number): Promise<void> {
  await expect
    .poll(async () => (await drawnSizes(page)).filter((s) => s.width > 0 && s.height > 0).length)
    .toBe(counties + 1);
  const hrefs = (await drawnSizes(page)).map((s) => s.href);
  // One file for the whole map, hashed, under the long-cached asset folder.
  expect(new Set(hrefs.map((h) => h.split('#')[0]))).toEqual(
    new Set([expect.stringMatching(/^\/_astro\/map-2019\.[0-9a-f]{10}\.svg$/)]),
  );
}

/** An indicator-year page of YEAR whose map hatches at least one county (no figure). */
function hatchedPage(): string | null {
  const root = join('dist', 'indicators');
  if (!existsSync(root)) return null;
  for (const id of readdirSync(root).sort()) {
    const file = join(root, id, String(YEAR), 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes(`fill="${HATCH}"`))
      return indicatorYearPath(id, YEAR, 'zh-CN');
  }
  return null;
}

test.describe('shapes from the shared sprite', () => {
  test('a county-year page draws all 137 counties and the prefecture mesh, with JavaScript off', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(countyYearPath('370116', YEAR, 'zh-CN'));
    await expectAllDrawn(page, 137);
    await context.close();
  });

  test('an embed draws the same shapes from the same file', async ({ page }) => {
    const path = readdirSync(join('dist', 'embed', 'indicators'))
      .map((id) => embedPath(id, YEAR, 'en'))
      .find((p) => existsSync(join('dist', p, 'index.html')));
    test.skip(!path, 'no embed of 2019 in dist/');
    await page.goto(path!);
    await expectAllDrawn(page, 137);
  });

  test('a county without a figure is hatched with the page’s own pattern', async ({ page }) => {
    const path = hatchedPage();
    test.skip(!path, `no indicator page of ${YEAR} with a county without a figure`);
    await page.goto(path!);
    const svg = page.locator('county-map figure > svg');
    await expectAllDrawn(page, 137);
    await svg.scrollIntoViewIfNeeded();
    // The same picture twice: as built, then with the hatched counties painted magenta. The
    // pixels that change are the hatched counties; they must show both colours of the hatch.
    const before = await svg.screenshot();
    await svg.evaluate((el, hatch) => {
      for (const use of el.querySelectorAll(`use[fill="${hatch}"]`)) use.setAttribute('fill', '#ff00ff');
    }, HATCH);
    const after = await svg.screenshot();
    const blank = await page.context().newPage();
    const changed = await blank.evaluate(
      async ([a, b]) => {
        const pixels = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const [p, q] = [await pixels(a!), await pixels(b!)];
        let grey = 0;
        let white = 0;
        let total = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (q[i] !== 255 || q[i + 1] !== 0 || q[i + 2] !== 255) continue; // not a magenta pixel after
          total++;
          const [r, g, bl] = [p[i]!, p[i + 1]!, p[i + 2]!];
          // Hatch lines (#767676, 1.5 units wide at about 1 px per unit): anti-aliased, so any clear grey.
          if (Math.max(r, g, bl) < 0xd0 && Math.abs(r - g) < 8 && Math.abs(g - bl) < 8) grey++;
          if (Math.min(r, g, bl) > 0xf0) white++; // hatch ground #ffffff
        }
        return { total, grey, white };
      },
      [before.toString('base64'), after.toString('base64')],
    );
    await blank.close();
    expect(changed.total, 'hatched counties were found on the picture').toBeGreaterThan(20);
    expect(changed.grey, 'hatch lines drawn').toBeGreaterThan(changed.total / 20);
    expect(changed.white, 'hatch ground drawn').toBeGreaterThan(changed.total / 20);
  });
});
