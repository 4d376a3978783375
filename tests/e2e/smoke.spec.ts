import { expect, test } from '@playwright/test';

/**
 * The pipeline end to end in a real browser: a county-year page built from validated data
 * renders its figures and its map, and the page asks nothing of any other origin.
 */
for (const path of ['/counties/370116/2019/', '/en/counties/370116/2019/']) {
  test(`county-year page ${path} renders with its map and stays on its own origin`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText(path.startsWith('/en/') ? 'Laiwu' : '莱芜区');
    const map = page.locator('figure.county-map svg');
    await expect(map).toBeVisible();
    await expect(map.locator('.counties a[href]')).toHaveCount(137);
    await expect(map.locator('.counties a[href*="/counties/370116/"][aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('[data-example-banner]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}
