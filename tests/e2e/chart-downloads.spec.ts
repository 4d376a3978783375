import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { countyPath, indicatorPath, indicatorYearPath } from '../../src/lib/routes.ts';
import { pngSize } from '../../src/lib/share/rasterize.ts';
import { chartFileName, chartSvgPath, type ChartKind } from '../../src/lib/share/paths.ts';

/**
 * "下载 SVG / 下载 PNG" under the charts: the year's strip chart (indicator-year pages), the change
 * chart (indicator pages) and a county's small multiples (county pages). Both controls save a
 * file of the right type and a real size; the SVG is the build-time file and says what it shows;
 * the PNG is drawn from it at twice its size.
 */
const charts: { kind: ChartKind; key: string; path: (lang: Lang) => string; chart: string }[] = [
  {
    kind: 'strip',
    key: 'registered_poor-2019',
    path: (lang) => indicatorYearPath('registered_poor', 2019, lang),
    chart: 'figure.strip-chart',
  },
  {
    kind: 'change',
    key: 'registered_poor-2018-2020',
    path: (lang) => indicatorPath('registered_poor', lang),
    chart: 'figure.change-chart',
  },
  { kind: 'trends', key: '371327', path: (lang) => countyPath('371327', lang), chart: '.county-trends' },
];

const downloads = (page: Page, chart: string, lang: Lang): Locator =>
  page.locator(chart).getByRole('list', { name: t(lang, 'share.download.chartLabel') });

const sizeOf = (svg: string) => ({
  width: Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]),
  height: Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]),
});

for (const { kind, key, path, chart } of charts) {
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${path(lang)}: the ${kind} chart downloads as a standalone SVG`, async ({ page }) => {
      await page.goto(path(lang));
      // The list's name is shown before its links, so a page with a map and a chart tells them apart on screen.
      const lead = t(lang, 'share.download.lead', { what: t(lang, 'share.download.chartLabel') });
      await expect(page.locator(chart).getByText(lead, { exact: true })).toBeVisible();
      const link = downloads(page, chart, lang).getByRole('link', { name: t(lang, 'share.download.svg') });
      await expect(link).toHaveAttribute('href', chartSvgPath(kind, key, lang));
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(chartFileName(kind, key, 'svg'));
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.length).toBeGreaterThan(2_000);
      const parsed = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          errors: doc.getElementsByTagName('parsererror').length,
          ns: root.namespaceURI,
          title: root.querySelector(':scope > title')?.textContent ?? '',
          text: [...root.querySelectorAll('text')].map((n) => n.textContent).join(''),
        };
      }, text);
      expect(parsed).toMatchObject({ errors: 0, ns: 'http://www.w3.org/2000/svg' });
      expect(parsed.title.length).toBeGreaterThan(5);
      expect(parsed.text).toContain(t(lang, 'share.source'));
      expect(parsed.text.replace(/\s/g, '')).toContain(t(lang, 'chart.example').replace(/\s/g, ''));
      const response = await page.request.get(chartSvgPath(kind, key, lang));
      expect(response.headers()['content-type']).toContain('image/svg+xml');
    });
  }

  test(`${path('zh-CN')}: the ${kind} chart's PNG is drawn from its SVG at twice the size`, async ({ page }) => {
    const lang: Lang = 'zh-CN';
    await page.goto(path(lang));
    const svg = await (await page.request.get(chartSvgPath(kind, key, lang))).text();
    const button = downloads(page, chart, lang).getByRole('button', { name: t(lang, 'share.download.png') });
    await expect(button).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(chartFileName(kind, key, 'png'));
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    expect(bytes.length).toBeGreaterThan(5_000);
    const { width, height } = sizeOf(svg);
    expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
  });
}
