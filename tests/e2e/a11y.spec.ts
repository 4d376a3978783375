import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePerTemplate, sitemapPaths } from './sitemap.ts';

/**
 * WCAG 2.2 AA with axe-core in real Chromium, over pages taken from the published sitemap,
 * and on the same visit: the page asks nothing of another origin and logs no error (a CSP
 * violation shows up as a console error).
 */
const paths = samplePerTemplate(sitemapPaths());

test('the sitemap lists both languages', () => {
  expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(paths.some((p) => !p.startsWith('/en/'))).toBe(true);
});

for (const path of paths) {
  test(`${path} meets WCAG 2.2 AA and stays on its origin`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`,
    );
    expect(summary).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}
