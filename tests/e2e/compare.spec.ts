import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The compare page in Chromium: a shared address shows the same figures as the county-year page,
 * each change of choice is a step Back and Forward return to, mistakes in an address are named,
 * without JavaScript the form and the links remain, no axe violations; at 1280 px four places
 * fit or scroll inside the table's region, at 375 px the table stacks, and the page never
 * scrolls sideways.
 */
const SHARED = '/compare/?d=371327,371300,370000&y=2019';

/** Indicator name → the texts of the first `count` figure cells of its row, in a table's body. */
async function figuresByIndicator(page: Page, table: string, first: number, count: number) {
  return page.locator(`${table} tbody tr`).evaluateAll(
    (rows, [first, count]) =>
      Object.fromEntries(
        rows.map((row) => [
          // The indicator's own link: a row header may also hold the row's copy-link control.
          (row.querySelector('th a') ?? row.querySelector('th'))!.textContent!.trim(),
          [...row.querySelectorAll('td')].slice(first!, first! + count!).map((td) => td.textContent!.trim()),
        ]),
      ),
    [first, count] as const,
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

test('a shared address shows the county, its prefecture and the province as on the county-year page', async ({
  page,
}) => {
  // The county-year page's columns: value, rank, prefecture, province.
  await page.goto('/counties/371327/2019/');
  const onPage = await figuresByIndicator(page, 'table.figures', 0, 4);
  await page.getByRole('link', { name: '与临沂市和全省比较' }).click();
  await expect(page).toHaveURL(/\/compare\/\?d=371327,371300,370000&y=2019$/);
  await expect(page.locator('[data-compare-status]')).toContainText('莒南县，临沂市，山东省');
  await expect(page.locator('table.compare-table caption')).toContainText('2019 年');
  const compared = await figuresByIndicator(page, 'table.compare-table', 0, 3);
  const names = Object.keys(onPage);
  expect(names.length).toBeGreaterThan(10);
  for (const name of names) {
    const [value, , prefecture, province] = onPage[name]!;
    expect(compared[name], name).toEqual([value, prefecture, province]);
  }
  // Differences are in the indicator's unit: percentage points for rates.
  const incidence = page.locator('table.compare-table tbody tr', { hasText: '贫困发生率' });
  await expect(incidence.locator('td').nth(3)).toContainText(/个百分点|—/);
  await expect(page.locator('[data-compare-banner]')).toBeVisible();
  await expect(page.locator('.compare-source')).toContainText('county-example');
  await expect(page.locator('.compare-charts svg[role="img"]').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '莒南县', exact: true })).toHaveAttribute(
    'href',
    '/counties/371327/2019/',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('each change of choice is a step in the history: Back and Forward restore the view', async ({ page }) => {
  const year = page.getByLabel('年份', { exact: true });
  const caption = page.locator('table.compare-table caption');
  const heads = page.locator('table.compare-table thead th');
  await page.goto('/counties/371327/2019/');
  await page.goto(SHARED);
  await expect(page.locator('table.compare-table')).toBeVisible();
  await year.selectOption('2020');
  await expect(page).toHaveURL(/\?d=371327,371300,370000&y=2020$/);
  await expect(caption).toContainText('2020 年');
  await page.getByLabel('地区 4').selectOption('371302');
  await expect(page).toHaveURL(/\?d=371327,371300,370000,371302&y=2020$/);
  await expect(heads).toHaveCount(1 + 4 + 3);
  await year.selectOption('all');
  await expect(page).toHaveURL(/\?d=371327,371300,370000,371302$/);
  await expect(page.locator('table.compare-table tbody tr', { hasText: '贫困发生率' })).toHaveCount(3);

  await page.goBack();
  await expect(page).toHaveURL(/\?d=371327,371300,370000,371302&y=2020$/);
  await expect(year).toHaveValue('2020');
  await expect(caption).toContainText('2020 年');
  await expect(heads).toHaveCount(1 + 4 + 3);
  await page.goBack();
  await expect(page).toHaveURL(/\?d=371327,371300,370000&y=2020$/);
  await expect(page.getByLabel('地区 4')).toHaveValue('');
  await expect(heads).toHaveCount(1 + 3 + 2);
  await page.goBack();
  await expect(page).toHaveURL(/\?d=371327,371300,370000&y=2019$/);
  await expect(year).toHaveValue('2019');
  await expect(caption).toContainText('2019 年');
  await page.goForward();
  await expect(year).toHaveValue('2020');
  await expect(caption).toContainText('2020 年');
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/counties\/371327\/2019\/$/);
});

test.describe('on a 1280 px screen with four places', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const path of ['/compare/?d=371327,371300,370000,371302&y=2019', '/en/compare/?d=371327,371300,370000,371302'])
    test(`${path}: the table fits or scrolls inside its labelled region, never the page`, async ({ page }) => {
      await page.goto(path);
      const table = page.locator('table.compare-table');
      await expect(table).toBeVisible();
      const region = page.getByRole('region', { name: await table.locator('caption').innerText() });
      await expect(region).toHaveAttribute('tabindex', '0');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      // Not stacked into cards: the column headers are in sight.
      await expect(table.locator('thead th').nth(1)).toBeVisible();
      const box = (await region.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      // Wider than the region: the keyboard reaches the region and scrolls it.
      const [scrollWidth, clientWidth] = await region.evaluate((r) => [r.scrollWidth, r.clientWidth]);
      if (scrollWidth > clientWidth) {
        await region.focus();
        await expect(region).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
      }
    });
});

test('an address with mistakes names each one and still compares what it can', async ({ page }) => {
  await page.goto('/compare/?d=371327,371399,3713,371300&y=2017');
  const status = page.locator('[data-compare-status]');
  await expect(status).toContainText('没有代码为 371399');
  await expect(status).toContainText('“3713”不是区划代码');
  await expect(status).toContainText('“2017”不是规划年份');
  await expect(page.locator('table.compare-table caption')).toContainText('2018—2020 年');
  await expect(page).toHaveURL(/\?d=371327,371300$/);
});

test('in English, rates differ in percentage points and missing figures say so', async ({ page }) => {
  await page.goto('/en/compare/?d=371327,370000&y=2018');
  await expect(page.locator('table.compare-table caption')).toContainText('Junan County');
  const incidence = page.locator('table.compare-table tbody tr', { hasText: 'Poverty incidence' });
  await expect(incidence.locator('td').nth(2)).toContainText(/percentage point|—/);
  await expect(page.locator('table.compare-table')).not.toContainText('未公布');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const path of ['/compare/?d=371327,371300,370000,371302', '/en/compare/?d=371327,371300,370000,371302&y=2019'])
    test(`${path}: the table stacks into cards and nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const table = page.locator('table.compare-table');
      await expect(table).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // Cards: each row a block with its cells one under another, column headers out of sight.
      await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
      const cells = table.locator('tbody tr').first().locator('td');
      await expect(cells.first()).toHaveCSS('display', 'block');
      const [a, b] = [(await cells.nth(0).boundingBox())!, (await cells.nth(1).boundingBox())!];
      expect(b.y).toBeGreaterThan(a.y);
    });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains itself, links to the figures and its form makes the address', async ({ page }) => {
    await page.goto(SHARED);
    await expect(page.locator('.compare-noscript')).toBeVisible();
    await expect(page.locator('.compare-noscript').getByRole('link').first()).toHaveAttribute('href', '/counties/');
    await page.getByLabel('地区 1').selectOption('371327');
    await page.getByLabel('地区 2').selectOption('371300');
    await page.getByLabel('年份', { exact: true }).selectOption('2019');
    await page.getByRole('button', { name: '比较' }).click();
    await expect(page).toHaveURL(/\/compare\/\?d=371327&d=371300&d=&d=&y=2019$/);
  });
});
