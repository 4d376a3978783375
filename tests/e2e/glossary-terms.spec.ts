import { expect, test } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n/index.ts';
import { explainerPath, glossaryPath } from '../../src/lib/routes.ts';

/**
 * Marked glossary terms in the explainers: a tap, a click, Enter or Space shows the definition in
 * place without leaving the page (a disclosure button with `aria-expanded`), Escape closes it;
 * without JavaScript the term is a link to its glossary entry. The glossary page's instructions
 * do not assume a mouse.
 */
const LANGS: Lang[] = ['zh-CN', 'en'];
const SLUG = 'targets';

for (const lang of LANGS) {
  const path = explainerPath(SLUG, lang);

  test(`${path}: a tap shows a term's definition in place; a second tap hides it`, async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    const term = page.locator('.term[data-disclosure]').first();
    const button = term.locator('button.term-button');
    const tip = term.locator('.term-tip');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(tip).toBeHidden();
    await button.tap();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(tip).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(path); // no navigation
    // The way to the full entry is inside the panel.
    await expect(tip.locator('a.term-more')).toHaveText(t(lang, 'term.more'));
    await expect(tip.locator('a.term-more')).toHaveAttribute('href', new RegExp(`^${glossaryPath(lang)}#`));
    // Nothing of the panel is off the phone's screen.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await button.tap();
    await expect(tip).toBeHidden();
    await context.close();
  });

  test(`${path}: Enter opens a term's definition, Escape closes it and keeps focus`, async ({ page }) => {
    await page.goto(path);
    const term = page.locator('.term[data-disclosure]').first();
    const button = term.locator('button.term-button');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(term.locator('.term-tip')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(term.locator('.term-tip')).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  test(`${path}: without JavaScript a term is a link to its glossary entry`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const link = page.locator('.term a.term-link').first();
    await expect(link).toHaveAttribute('href', new RegExp(`^${glossaryPath(lang)}#`));
    await expect(page.locator('button.term-button')).toHaveCount(0);
    await context.close();
  });

  test(`${glossaryPath(lang)}: the instructions do not assume a mouse`, async ({ page }) => {
    await page.goto(glossaryPath(lang));
    const lede = page.locator('.lede');
    await expect(lede).toHaveText(t(lang, 'glossary.lede'));
    expect((await lede.textContent())!).not.toMatch(lang === 'en' ? /mouse|hover/i : /鼠标|悬停/);
  });
}
