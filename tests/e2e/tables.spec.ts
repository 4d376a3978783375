import { expect, test, type Locator, type Page } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import {
  countyAllYearsCsvPath,
  countyDataPath,
  countyYearPath,
  dataPath,
  indicatorApiPath,
  indicatorYearPath,
  prefectureCsvPath,
  prefectureYearPath,
} from '../../src/lib/routes.ts';

/**
 * The journalist's table tools in Chromium: sorting a ranking by keyboard (aria-sort, numbers by
 * value, missing figures last), a link to one figure row that can be copied and that highlights
 * the row it lands on, and CSV downloads that start with a byte-order mark for Excel.
 */
const JUNAN = '371327'; // 莒南县, 临沂市
const LINYI = '371300';
const YEAR = 2019;
const LANGS: Lang[] = ['zh-CN', 'en'];

/** The rank table's figures in row order: the exact value, or null for a missing one. */
async function columnValues(table: Locator, column: number): Promise<Array<number | null>> {
  return table.locator('tbody tr').evaluateAll(
    (rows, col) =>
      rows.map((row) => {
        const cell = (row as HTMLTableRowElement).cells[col]!;
        const value = cell.querySelector('data')?.getAttribute('value') ?? cell.getAttribute('data-value');
        return cell.querySelector('[data-missing]') || value === null ? null : Number(value);
      }),
    column,
  );
}

async function ids(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
}

for (const lang of LANGS) {
  test(`the county ranking sorts by keyboard, numbers by value, missing last (${lang})`, async ({ page }) => {
    await page.goto(indicatorYearPath('remaining_poor', YEAR, lang));
    const table = page.locator('#rank-table');
    const header = table.locator('thead th').nth(3);
    const button = header.getByRole('button');
    await expect(button).toHaveText(t(lang, 'col.value'));
    await expect(header).not.toHaveAttribute('aria-sort');

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await columnValues(table, 3);
    const present = ascending.filter((v): v is number => v !== null);
    expect(present.length).toBeGreaterThan(100);
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(ascending.slice(present.length).every((v) => v === null)).toBe(true);
    await expect(page.locator('sortable-table [data-sort-live]').first()).toHaveText(
      t(lang, 'tables.sort.ascending', { column: t(lang, 'col.value') }),
    );

    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = await columnValues(table, 3);
    expect(descending.slice(0, present.length)).toEqual([...present].sort((a, b) => b - a));
    expect(descending.slice(present.length).every((v) => v === null)).toBe(true);

    // Sorting by county name moves aria-sort to that header; the rows are the same rows, moved.
    const names = table.locator('thead th').nth(1);
    await names.getByRole('button').press('Enter');
    await expect(names).toHaveAttribute('aria-sort', 'ascending');
    await expect(header).not.toHaveAttribute('aria-sort');
    await expect(table.locator('tbody tr')).toHaveCount(ascending.length);
    await expect(table.locator(`tbody tr[id="${JUNAN}"] a[href="${countyYearPath(JUNAN, YEAR, lang)}"]`)).toHaveCount(
      1,
    );
  });

  test(`a figure row links to itself, copies its address and is highlighted when landed on (${lang})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const path = countyYearPath(JUNAN, YEAR, lang);
    await page.goto(`${path}#registered_poor`);
    const row = page.locator('tr#registered_poor');
    await expect(row).toHaveCount(1);
    const highlighted = await row.evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
    expect(highlighted).toBeTruthy();

    // The button names its row: the indicator, as the row header says it.
    const name = (await row.locator('th > a').first().textContent())!.trim();
    const copy = row.getByRole('button', { name: t(lang, 'tables.link.copyLabel', { name }), exact: true });
    await copy.click();
    const url = `${baseURL}${path}#registered_poor`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(row.locator('.copy-status')).toHaveText(t(lang, 'tables.link.copied', { url }));
    await expect(row.locator('.copy-status')).toHaveAttribute('aria-live', 'polite');

    const all = await ids(page);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  test(`prefecture-year and indicator-year rows carry their anchors, ids unique (${lang})`, async ({ page }) => {
    await page.goto(prefectureYearPath(LINYI, YEAR, lang));
    await expect(page.locator(`#prefecture-rank tr[id="${JUNAN}"]`)).toHaveCount(1);
    expect(await page.locator('table.figure-grid tbody tr[id]').count()).toBeGreaterThan(0);
    let all = await ids(page);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);

    await page.goto(`${indicatorYearPath('remaining_poor', YEAR, lang)}#${LINYI}`);
    await expect(page.locator(`tr[id="${LINYI}"]:target`)).toHaveCount(1);
    await expect(page.locator(`#rank-table tr[id="${JUNAN}"]`)).toHaveCount(1);
    all = await ids(page);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });
}

test('without JavaScript a row offers its anchor link and no dead buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(countyYearPath(JUNAN, YEAR, 'zh-CN'));
  const row = page.locator('tr#registered_poor');
  await expect(row.locator('a.row-anchor')).toHaveAttribute('href', '#registered_poor');
  await expect(row.locator('a.row-anchor')).toBeVisible();
  await expect(page.locator('main button.copy-button, main button.sort-button')).toHaveCount(0);
  await context.close();
});

test('the download links of the pages return CSVs that start with a byte-order mark', async ({ page, request }) => {
  await page.goto(countyYearPath(JUNAN, YEAR, 'zh-CN'));
  const links = [countyDataPath(JUNAN, YEAR, 'csv'), countyAllYearsCsvPath(JUNAN), prefectureCsvPath(LINYI, YEAR)];
  for (const href of links) await expect(page.locator(`.downloads a[href="${href}"]`)).toHaveCount(1);
  await page.goto(indicatorYearPath('remaining_poor', YEAR, 'en'));
  const ranking = indicatorApiPath('remaining_poor', YEAR, 'csv');
  await expect(page.locator(`a[href="${ranking}"]`)).toHaveCount(1);
  await page.goto(dataPath('zh-CN'));
  const twin = await page.locator('a[data-excel-twin]').first().getAttribute('href');
  expect(twin).toMatch(/\.excel\.csv$/);
  await expect(page.locator('#excel')).toContainText('WPS');
  for (const href of [...links, ranking, twin!]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const body = await response.body();
    expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8'), href).toMatch(/莒南县|Junan|division_code|id,/);
  }
});
