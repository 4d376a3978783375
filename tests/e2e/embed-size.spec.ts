import { expect, test } from '@playwright/test';
import { EMBED_HEIGHT } from '../../src/lib/share/embed-code.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * The embed fits the height its code states, at a desktop column (660 px) and a phone (375 px),
 * with nothing cut off (the optional resize script: embed-resize.spec.ts).
 */
const embeds = sitemapPaths().filter((p) => /\/embed\/indicators\/[a-z0-9_]+\/\d{4}\/$/.test(p));
// First, middle and last of each language, and the longest addresses (long indicator names).
const sample = [
  ...new Set(
    ['zh', 'en'].flatMap((l) => {
      const list = embeds.filter((p) => p.startsWith('/en/') === (l === 'en'));
      const longest = [...list].sort((a, b) => b.length - a.length)[0]!;
      return [list[0]!, list[Math.floor(list.length / 2)]!, list.at(-1)!, longest];
    }),
  ),
];

for (const width of [660, 375]) {
  for (const path of sample) {
    test(`${path} fits ${width} × ${EMBED_HEIGHT} px without cutting anything off`, async ({ page }) => {
      await page.setViewportSize({ width, height: EMBED_HEIGHT });
      await page.goto(path);
      const { scrollHeight, bottom } = await page.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        bottom: document.querySelector('.embed-full')!.getBoundingClientRect().bottom,
      }));
      expect(scrollHeight).toBeLessThanOrEqual(EMBED_HEIGHT);
      expect(bottom).toBeLessThanOrEqual(EMBED_HEIGHT);
    });
  }
}
