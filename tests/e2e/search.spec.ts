import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * Search in Chromium: the header form leads to results, a shared address runs its query on
 * load, nothing is fetched before a search, and without JavaScript the page still lists places.
 */
test('typing in the header form of a county-year page lands on results', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/counties/371327/2019/');
  expect(fetched.filter((p) => p.startsWith('/search/'))).toEqual([]);
  const form = page.getByRole('search').first();
  await form.getByRole('searchbox').fill('junan');
  await form.getByRole('button').click();
  await expect(page).toHaveURL(/\/search\/\?q=junan$/);
  const first = page.locator('[data-search-results] li').first();
  await expect(first.getByRole('link')).toHaveText('莒南县');
  await expect(first).toContainText('县');
});

test('a shared /search/?q=莒南 shows 莒南县 first, with its type label', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('莒南')}`);
  const first = page.locator('[data-search-results] li').first();
  await expect(first.getByRole('link')).toHaveText('莒南县');
  await expect(first.getByRole('link')).toHaveAttribute('href', '/counties/371327/');
  await expect(page.getByRole('status')).toContainText('莒南');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('the English page finds an indicator by a plain-words synonym and updates as one types', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.locator('[data-search-page]').getByRole('searchbox');
  await box.fill('poverty rate');
  const first = page.locator('[data-search-results] li').first();
  await expect(first.getByRole('link')).toHaveText('Poverty incidence');
  await expect(first).toContainText('Indicator');
  await expect(page).toHaveURL(/\/en\/search\/\?q=poverty\+rate$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every place and indicator', async ({ page }) => {
    await page.goto('/search/?q=莒南');
    const list = page.locator('.search-all');
    await expect(list.getByRole('link', { name: '莒南县', exact: true })).toHaveAttribute('href', '/counties/371327/');
    await expect(list.getByRole('link', { name: '贫困发生率', exact: true })).toBeVisible();
    await expect(list.getByRole('link', { name: '莱芜市', exact: true })).toBeVisible();
  });
});

test('an unknown address gets the 404 page with a search box and the ways back in', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.locator('main').getByRole('search')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: '全部县（市、区）' })).toHaveAttribute(
    'href',
    '/counties/',
  );
  await page.locator('main').getByRole('searchbox').fill('莒南');
  await page.locator('main').getByRole('search').getByRole('button').click();
  await expect(page.locator('[data-search-results] li').first().getByRole('link')).toHaveText('莒南县');
});

test('the English 404 page is at /en/404.html and links to the Chinese one', async ({ page }) => {
  await page.goto('/en/404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('main').getByRole('link', { name: 'All counties' })).toHaveAttribute(
    'href',
    '/en/counties/',
  );
  await expect(page.locator('main').getByRole('link', { name: 'Back to the home page' })).toHaveAttribute(
    'href',
    '/en/',
  );
  await expect(page.locator('a.lang-switch')).toHaveAttribute('href', '/404.html');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('on /counties/ the map is a way in: a county shape opens its page', async ({ page }) => {
  await page.goto('/counties/');
  const map = page.locator('county-map svg');
  await expect(map).toBeVisible();
  await expect(map.locator('a[href="/counties/371327/2020/"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: '指标与地图' })).toHaveAttribute('href', '/indicators/');
});
