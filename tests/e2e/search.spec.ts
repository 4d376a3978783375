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
