import { expect, test } from '@playwright/test';
import { qrSvg } from '../../src/lib/qr/qr-code.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * 扫一扫在手机打开: the footer of a page carries the QR code of that page's canonical address,
 * as one inline SVG path with a text alternative, and writes the address out beside it.
 */
const countyYear = sitemapPaths().find((p) => /^\/counties\/\d+\/2020\/$/.test(p))!;

for (const path of [countyYear, `/en${countyYear}`, '/']) {
  test(`${path} shows the QR code of its canonical address in the footer`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const canonical = (await page.locator('head link[rel="canonical"]').getAttribute('href'))!;
    expect(new URL(canonical).pathname).toBe(path);
    const qr = page.locator('footer .page-qr');
    await expect(qr).toBeVisible();
    const svg = qr.locator('svg[role="img"]');
    await expect(svg).toHaveAttribute('aria-label', new RegExp(`${canonical.replace(/[.?]/g, '\\$&')}$`));
    await expect(svg.locator('path')).toHaveCount(1);
    await expect(svg.locator('path')).toHaveAttribute('d', qrSvg(canonical).path);
    await expect(qr.locator('a.page-url')).toHaveText(canonical);
    await expect(qr).toContainText(path.startsWith('/en/') ? 'Scan to open on a phone' : '扫一扫在手机打开');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(80);
  });
}
