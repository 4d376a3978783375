import { expect, test } from '@playwright/test';
import { headerPolicy, framingOf } from '../../src/lib/csp.ts';
import { samplePerTemplate, sitemapPaths } from './sitemap.ts';

/**
 * The Content-Security-Policy holds in the browser: on one page per template, in both languages,
 * with JavaScript on, the page's scripts run and are touched (hover, focus, zoom keys) and neither
 * policy (the page's <meta> and the server's header, both enforced) reports a violation.
 */
const paths = samplePerTemplate(sitemapPaths(), 1);

test('one page per template in both languages', () => {
  expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(paths.filter((p) => !p.startsWith('/en/')).length).toBe(paths.filter((p) => p.startsWith('/en/')).length);
});

for (const path of paths) {
  test(`${path} runs its scripts without a CSP violation`, async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(headerPolicy(framingOf(path)));
    await page.waitForLoadState('networkidle');

    // Wake the scripts: the map's tooltip and keyboard handling, the search box, glossary terms.
    const county = page.locator('county-map a').first();
    if (await county.count()) {
      await county.hover();
      await county.focus();
      await page.keyboard.press('ArrowRight');
    }
    const term = page.locator('[data-term], .term').first();
    if (await term.count()) await term.hover();
    const search = page.locator('input[type="search"]').first();
    if (await search.count()) await search.fill('济南');
    await page.waitForTimeout(200);

    expect(violations).toEqual([]);
  });
}
