import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { indicatorYearPath } from '../../src/lib/routes.ts';
import { pngSize } from '../../src/lib/share/rasterize.ts';
import { mapSvgPath } from '../../src/lib/share/paths.ts';

/**
 * "下载 SVG / 下载 PNG" under an indicator-year map: the SVG is a valid standalone file that says
 * what it shows, its source and that the figures are examples; the PNG is drawn from it in the
 * browser at twice its size.
 */
const cases: { lang: Lang; example: RegExp; source: string }[] = [
  { lang: 'zh-CN', example: /示例数据/, source: '数据来源：' },
  { lang: 'en', example: /example data/, source: 'Source: ' },
];
const id = 'registered_poor';
const year = 2019;
/** The map's list of downloads; the chart beside the map has a list of its own. */
const mapDownloads = (page: Page, lang: Lang) => page.getByRole('list', { name: t(lang, 'share.download.label') });

for (const { lang, example, source } of cases) {
  test(`${indicatorYearPath(id, year, lang)} offers its map as a standalone SVG`, async ({ page, request }) => {
    await page.goto(indicatorYearPath(id, year, lang));
    const link = mapDownloads(page, lang).getByRole('link', { name: t(lang, 'share.download.svg') });
    await expect(link).toHaveAttribute('href', mapSvgPath(id, year, lang));
    await expect(link).toHaveAttribute('download', `shandong-${id}-${year}.svg`);
    const response = await request.get(mapSvgPath(id, year, lang));
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const text = await response.text();
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        ns: root.namespaceURI,
        title: root.querySelector(':scope > title')?.textContent ?? '',
        text: [...root.querySelectorAll('text')].map((n) => n.textContent).join('\n'),
        paths: root.querySelectorAll('path').length,
        external: [...root.querySelectorAll('[href], use, image')].length,
      };
    }, text);
    expect(parsed.error).toBe(0);
    expect(parsed).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', external: 0 });
    expect(parsed.title).toContain(String(year));
    expect(parsed.text).toContain(source);
    expect(parsed.text).toMatch(example);
    expect(parsed.paths).toBeGreaterThan(137);
  });
}

test('the PNG button draws the SVG into a PNG file at twice its size', async ({ page, request }) => {
  const lang: Lang = 'zh-CN';
  await page.goto(indicatorYearPath(id, year, lang));
  const svg = await (await request.get(mapSvgPath(id, year, lang))).text();
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  const button = mapDownloads(page, lang).getByRole('button', { name: t(lang, 'share.download.png') });
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`shandong-${id}-${year}.png`);
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
});

test('without JavaScript the SVG link is there and the PNG button is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(indicatorYearPath(id, year, 'en'));
  await expect(mapDownloads(page, 'en').getByRole('link', { name: t('en', 'share.download.svg') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('en', 'share.download.png') })).toHaveCount(0);
  await context.close();
});
