import { expect, test, type Page } from '@playwright/test';

/**
 * On a 375 px phone nothing needs sideways scrolling to be read: every table cell and caption
 * lies inside the viewport (wide tables become stacked cards), and the page itself is no wider
 * than the screen. Wide screens keep the ordinary table with its column headers.
 */
test.use({ viewport: { width: 375, height: 800 } });

const countyYear = ['/counties/371327/2019/', '/en/counties/371327/2019/'];

/** Cells, captions and row headers whose box reaches beyond the viewport's left or right edge. */
async function offScreenCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main th, main td, main caption')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      // Cells in a closed <details> are not shown, so they cannot be off-screen.
      if (!el.checkVisibility() || box.width === 0 || (box.left >= -0.5 && box.right <= width + 0.5)) return [];
      return [
        `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)}`,
      ];
    });
  });
}

for (const path of countyYear) {
  test(`${path} at 375 px: no cell off-screen, no sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    expect(await page.locator('main td').count()).toBeGreaterThan(20);
    expect(await offScreenCells(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test(`${path} at 375 px: each figure is labelled by its column, and the table keeps its headers`, async ({
    page,
  }) => {
    await page.goto(path);
    const table = page.locator('table.figures').first();
    // The column headers are still in the accessibility tree, only moved out of sight.
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.length).toBeGreaterThan(3);
    await expect(table.locator('thead th').first()).toBeAttached();
    const labels = await table
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '')));
    // The label shown before each value is the header of its column.
    expect(labels).toEqual(headers.slice(1));
  });
}

test('at 1280 px the county figures are an ordinary table with visible column headers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(countyYear[0]!);
  const table = page.locator('table.figures').first();
  await expect(table.locator('thead th').first()).toBeVisible();
  expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe('table');
  const before = await table
    .locator('tbody td')
    .first()
    .evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(before).toBe('none');
});

for (const home of ['/', '/en/']) {
  test(`${home} at 375 px: the county map starts within the first two screens, the headline figures right after`, async ({
    page,
  }) => {
    await page.goto(home);
    const screens = 2 * 800;
    const top = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(await top('main .county-map svg')).toBeLessThan(screens);
    // The headline figures follow the map, within the same two screens in both languages.
    expect(await top('#headline')).toBeLessThan(screens);
    // The map shows people lifted out, a figure citizens ask about.
    expect(await page.locator('#home-map').textContent()).toMatch(/脱贫|lifted out/i);
    expect(await offScreenCells(page)).toEqual([]);
  });
}

/**
 * One page of every template, in both languages: every table is readable at 375 px without
 * sideways scrolling (tables of more than three columns become stacked cards).
 */
const TEMPLATES = [
  '/counties/',
  '/counties/371327/',
  '/prefectures/371300/',
  '/prefectures/371300/2019/',
  '/indicators/',
  '/indicators/remaining_poor/',
  '/indicators/poverty_incidence/2019/',
  '/years/2019/',
  '/targets/',
  '/data/',
  '/glossary/',
  '/policy/targets/',
  '/timeline/',
  '/policy/',
  '/about/',
  '/search/',
];

for (const path of TEMPLATES.flatMap((p) => [p, `/en${p}`])) {
  test(`${path} at 375 px: no cell or caption off-screen, no sideways scrolling`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    expect(await offScreenCells(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}
