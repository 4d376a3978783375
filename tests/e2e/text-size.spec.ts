import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * 适老化 larger text: the 标准 / 大字 switch makes the text at least 125 % of the standard size,
 * keeps the choice on the next page, applies it before the first paint, and the pages still fit a
 * 375 px phone and pass axe. Without JavaScript the browser's own text size does the same.
 */
const pages = [
  '/',
  '/counties/371724/2018/',
  '/prefectures/371700/2019/',
  '/indicators/registered_poor/2019/',
  '/policy/industry/',
  '/years/2020/',
];
const bodySize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const large = (page: Page) => page.getByRole('button', { name: '大字' });

test('大字 enlarges the text by at least 125 % and the choice holds on the next page, in both languages', async ({
  page,
}) => {
  await page.goto(pages[1]!);
  const standard = await bodySize(page);
  const paragraph = await page
    .locator('main p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await large(page).click();
  await expect(large(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await bodySize(page)).toBeGreaterThanOrEqual(standard * 1.25);
  expect(
    await page
      .locator('main p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
  ).toBeGreaterThanOrEqual(paragraph * 1.25);

  await page.goto('/en/');
  expect(await bodySize(page)).toBeGreaterThanOrEqual(standard * 1.25);
  await expect(page.getByRole('button', { name: 'Large' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Standard' }).click();
  expect(await bodySize(page)).toBe(standard);

  await page.goto(pages[0]!);
  expect(await bodySize(page)).toBe(standard);
  await expect(page.getByRole('button', { name: '标准' })).toHaveAttribute('aria-pressed', 'true');
});

test('a stored 大字 is in place before the page body is parsed, so nothing jumps', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('text-size', 'large');
    const w = window as unknown as { __sizeAtBody?: string };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.__sizeAtBody = document.documentElement.dataset.textSize ?? 'standard';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pages[1]!);
  expect(await page.evaluate(() => (window as unknown as { __sizeAtBody?: string }).__sizeAtBody)).toBe('large');
  await expect(large(page)).toHaveAttribute('aria-pressed', 'true');
});

test.describe('with 大字 on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('text-size', 'large'));
  });
  for (const path of pages.flatMap((p) => [p, `/en${p}`])) {
    test(`${path} needs no sideways scrolling and meets WCAG 2.2 AA`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page tools show nothing, and the browser’s text size setting enlarges the page', async ({ page }) => {
    await page.goto(pages[1]!);
    await expect(page.locator('.page-tools')).toBeHidden();
    const standard = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().height);
    // The reader's default font size, as set in the browser's settings (Chrome DevTools Protocol).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    await page.reload();
    expect(await bodySize(page)).toBe(20);
    expect(await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().height)).toBeGreaterThan(standard);
  });
});
