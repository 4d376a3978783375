import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { countyYearPath } from '../../src/lib/routes.ts';
import { loadSiteData } from '../../src/lib/site-data/index.ts';
import { reportedFigures } from '../../src/lib/site-data/reported-figures.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * 打印 / print: a county-year page prints as an A4 brief of at most two sheets in either language,
 * without the site's chrome and controls, with the page's address written out and its QR code;
 * the print button exists only with JavaScript, has a name, works from the keyboard and opens the
 * browser's print dialog.
 */

// The longest county-year page: the one with the most figures its county published (a section
// of its own), and an ordinary one from the sitemap.
const byPage = new Map<string, { code: string; year: number; figures: number }>();
for (const f of reportedFigures(loadSiteData())) {
  const key = `${f.code}/${f.year}`;
  byPage.set(key, { code: f.code, year: f.year, figures: (byPage.get(key)?.figures ?? 0) + 1 });
}
const { code, year } = [...byPage.values()].sort((a, b) => b.figures - a.figures)[0]!;
const ordinary = sitemapPaths().find((p) => /^\/counties\/\d+\/2019\/$/.test(p))!;
const briefs = LANGS.flatMap((lang) => [countyYearPath(code, year, lang), lang === 'en' ? `/en${ordinary}` : ordinary]);

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree nodes (`/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

async function canonicalOf(page: Page): Promise<string> {
  return (await page.locator('head link[rel="canonical"]').getAttribute('href'))!;
}

for (const path of briefs) {
  // The ordinary page is printed by a reader who chose 大字 on screen: paper keeps its own size.
  const large = path.endsWith(ordinary);
  test(`${path} prints on at most two A4 sheets, with its address and QR code and no controls${large ? ' (大字 chosen)' : ''}`, async ({
    page,
  }) => {
    if (large) await page.addInitScript(() => localStorage.setItem('text-size', 'large'));
    await page.goto(path);
    if (large) await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of [
      '.skip-link',
      '.site-header nav',
      '.site-header .search-form',
      '.lang-switch',
      '.breadcrumbs',
      '.year-switch',
      '.page-tools',
      '.print-button',
      '.copy-button',
      '.map-zoom',
    ]) {
      for (const element of await page.locator(chrome).all()) await expect(element, chrome).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.summary')).toBeVisible();
    await expect(page.locator('.county-map > svg').first()).toBeVisible();
    // The figures stay a table: its header row is shown, not hidden as on a phone's stacked cards.
    await expect(page.locator('table.figures.stack thead')).toBeVisible();
    await expect(page.locator('table.figures.stack tbody tr').first().locator('td.num').first()).toBeVisible();
    await expect(page.locator('.sources')).toBeVisible();
    const qr = page.locator('footer .page-qr');
    await expect(qr.locator('svg[role="img"]')).toBeVisible();
    await expect(qr.locator('a.page-url')).toBeVisible();
    await expect(qr.locator('a.page-url')).toHaveText(await canonicalOf(page));

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
  });
}

test('other pages print without the chrome, with their address and QR code', async ({ page }) => {
  for (const path of ['/', '/en/data/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(page.locator('.lang-switch')).toBeHidden();
    await expect(page.locator('footer .page-qr svg[role="img"]')).toBeVisible();
    await expect(page.locator('footer a.page-url')).toHaveText(await canonicalOf(page));
  }
});

for (const lang of LANGS) {
  const path = countyYearPath(code, year, lang);
  const name = lang === 'en' ? 'Print' : '打印本页';

  test(`${path}: the print button opens the print dialog from the keyboard, and passes axe`, async ({ page }) => {
    // window.print opens the browser's own dialog, which would block the test: count the calls.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.goto(path);
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(3);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
  });

  test(`${path}: without JavaScript there is no print button`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('.print-button')).toHaveCount(1);
    await expect(page.locator('.print-button')).toBeHidden();
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await context.close();
  });
}
