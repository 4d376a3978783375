import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/i18n/index.ts';
import { missingLabel } from '../../src/lib/i18n/format.ts';
import { parse } from 'csv-parse/sync';
import {
  apiIndexPath,
  countyDataPath,
  homePath,
  indicatorApiPath,
  indicatorYearPath,
  yearPath,
} from '../../src/lib/routes.ts';
import type { CountyYearJson } from '../../src/lib/site-data/county-year-json.ts';
import type { IndicatorYearJson } from '../../src/lib/site-data/api.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * The home, year and indicator pages and the indicator API in a real browser, over the built
 * dist/. Which indicator-years exist is read from the build's own /api/index.json and sitemap,
 * so the test follows the data instead of a hand-kept list.
 */
const published = new Set(sitemapPaths());
const apiIndex = JSON.parse(readFileSync(`dist${apiIndexPath()}`, 'utf8')) as {
  files: Array<{ path: string; example: boolean }>;
};
const indicatorFiles = apiIndex.files
  .map((f) => ({ ...f, match: /^\/api\/indicators\/([a-z0-9_]+)\/(\d{4})\.json$/.exec(f.path) }))
  .filter((f) => f.match);
const readJson = (path: string) => JSON.parse(readFileSync(`dist${path}`, 'utf8')) as IndicatorYearJson;

/** The first indicator-year of `year` with a county figure missing for a stated reason (NA/NP/S). */
function withMissing(year: number): { json: IndicatorYearJson; code: string; reason: 'NP' | 'NA' | 'S' } {
  for (const f of indicatorFiles.filter((x) => Number(x.match![2]) === year)) {
    const json = readJson(f.path);
    const gap = json.values.find((v) => v.missing !== null);
    if (gap) return { json, code: gap.code, reason: gap.missing! };
  }
  throw new Error(`no indicator-year of ${year} has a missing value with a reason`);
}

for (const lang of LANGS) {
  for (const path of [homePath(lang), yearPath(2019, lang), yearPath(2020, lang)]) {
    test(`${path} renders, in its language, with the example banner over example figures`, async ({ page }) => {
      expect(published.has(path), `${path} is in the sitemap`).toBe(true);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      // Both pages draw a county map from the example dataset: the banner and the tags must show.
      await expect(page.locator('figure.county-map svg .counties a[href]').first()).toBeAttached();
      await expect(page.locator('[data-example-banner]')).toBeVisible();
      await expect(page.locator('[data-example-banner]')).toContainText(lang === 'en' ? 'Example data' : '示例数据');
      // Targets and statuses say their status in words.
      for (const status of await page.locator('[data-status]').all()) await expect(status).not.toBeEmpty();
    });
  }
}

for (const year of [2019, 2020]) {
  for (const lang of LANGS) {
    test(`an indicator page of ${year} (${lang}) maps every county and ranks the same counties`, async ({ page }) => {
      const { json, code, reason } = withMissing(year);
      const counties = year === 2020 ? 136 : 137;
      const path = indicatorYearPath(json.indicator.id, year, lang);
      expect(published.has(path), `${path} is in the sitemap`).toBe(true);
      await page.goto(path);
      await expect(page.locator('figure.county-map svg .counties a[href]')).toHaveCount(counties);
      await expect(page.locator('table.rank-table tbody tr')).toHaveCount(counties);
      // A missing figure says why, in words, and is never shown as a zero.
      const cell = page.locator(`table.rank-table tr[id="${code}"] td`).last();
      await expect(cell).toHaveText(missingLabel(lang as Lang, reason));
      await expect(cell.locator(`[data-missing="${reason}"]`)).toHaveCount(1);
      await expect(cell).not.toContainText('0');
      if (json.example) await expect(page.locator('[data-example-banner]')).toBeVisible();
      await expect(page.locator(`a[href="${indicatorApiPath(json.indicator.id, year)}"]`)).toHaveCount(1);
    });
  }
}

test('/api/indicators/<id>/2019.json parses and keeps its published shape', async ({ request }) => {
  const { json: expected } = withMissing(2019);
  const response = await request.get(indicatorApiPath(expected.indicator.id, 2019));
  expect(response.status()).toBe(200);
  const json = (await response.json()) as IndicatorYearJson;
  expect(Object.keys(json).sort()).toEqual([
    'breaks',
    'classes',
    'dataset',
    'example',
    'indicator',
    'noData',
    'values',
    'year',
  ]);
  expect(Object.keys(json.indicator).sort()).toEqual(['better', 'id', 'nameEn', 'nameZh', 'unit']);
  expect(json.year).toBe(2019);
  expect(typeof json.example).toBe('boolean');
  expect(json.example).toBe(json.dataset.some((d) => d.status === 'example'));
  for (const d of json.dataset) {
    // Each dataset names the release the values come from (src/lib/releases/release-line.ts).
    expect(Object.keys(d).sort()).toEqual(['name', 'published', 'release', 'status', 'version']);
    expect(d.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.release).toContain(`v${d.version}`);
  }
  expect(json.classes).toHaveLength(json.breaks.length + 1);
  expect(json.values).toHaveLength(137);
  const colours = new Set(json.classes.map((c) => c.colour));
  for (const v of json.values) {
    expect(Object.keys(v).sort()).toEqual(['code', 'fill', 'label', 'missing', 'rank', 'tied', 'value']);
    expect(v.code).toMatch(/^37\d{4}$/);
    expect([null, 'NP', 'NA', 'S']).toContain(v.missing);
    if (v.value === null) expect([v.fill, v.rank]).toEqual([json.noData.fill, null]);
    else expect([colours.has(v.fill), typeof v.rank]).toEqual([true, 'number']);
    expect(v.label.zh.length * v.label.en.length).toBeGreaterThan(0);
  }
});

test('/api/counties/<code>/2019.json says the shared fields once and matches the CSV line by line', async ({
  request,
}) => {
  const json = (await (await request.get(countyDataPath('370102', 2019, 'json'))).json()) as CountyYearJson;
  expect(Object.keys(json).sort()).toEqual(['datasets', 'division', 'example', 'indicators', 'notice', 'rows', 'year']);
  expect([json.division.code, json.year]).toEqual(['370102', 2019]);
  const csv = parse(await (await request.get(countyDataPath('370102', 2019, 'csv'))).text(), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(json.rows).toHaveLength(csv.length);
  json.rows.forEach((row, i) => {
    const line = csv[i]!;
    const dataset = json.datasets.find((d) => d.name === row.dataset)!;
    expect([line.division_code, line.name_zh, line.year]).toEqual(['370102', json.division.name_zh, '2019']);
    expect([line.indicator, line.indicator_en, line.unit]).toEqual([
      row.indicator,
      json.indicators[row.indicator]!.name_en,
      json.indicators[row.indicator]!.unit,
    ]);
    expect([line.value, line.missing_reason]).toEqual([
      row.value === null ? '' : String(row.value),
      row.missing_reason,
    ]);
    expect([line.dataset_version, line.status]).toEqual([dataset.version, dataset.status]);
  });
});

test('/api/index.json lists files that exist', async ({ request }) => {
  expect(indicatorFiles.length).toBeGreaterThan(0);
  for (const file of [apiIndex.files[0]!, indicatorFiles[0]!, apiIndex.files.at(-1)!]) {
    expect((await request.get(file.path)).status(), file.path).toBe(200);
  }
});
