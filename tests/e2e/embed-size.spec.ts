import { expect, test } from '@playwright/test';
import { embedPath } from '../../src/lib/routes.ts';
import { EMBED_MESSAGE_TYPE } from '../../src/lib/share/embed-message.ts';
import { EMBED_HEIGHT } from '../../src/lib/share/embed-code.ts';
import { EMBED_RESIZE_SCRIPT_PATH } from '../../src/lib/share/paths.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * The embed fits the height its code states, at a desktop column (660 px) and a phone (375 px),
 * with nothing cut off; and with the optional script the host page fits the frame to the content.
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

// FIXME: under the nginx test server (deploy/nginx/serve.ts) the embed does not load inside the
// routed host page, so this check cannot run; it passed against `astro preview`. The host script's
// origin, frame and shape checks are covered by tests/unit/share/embed.test.ts.
test.fixme('with the optional script the host page fits the frame to the content, and ignores other senders', async ({
  page,
  baseURL,
}) => {
  const src = new URL(embedPath('registered_poor', 2019, 'en'), baseURL).href;
  await page.setViewportSize({ width: 700, height: 800 });
  // The host is another site (an origin of its own, served by the test), as for a real article.
  const host = 'http://host.example/article.html';
  const html =
    `<!doctype html><iframe id="map" src="${src}" width="100%" height="300" style="border:0"></iframe>` +
    `<script src="${new URL(EMBED_RESIZE_SCRIPT_PATH, baseURL).href}" async></script>`;
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(host);
  const frameHeight = () => page.locator('#map').evaluate((f) => f.getBoundingClientRect().height);
  const frame = page.frameLocator('#map');
  await expect(frame.locator('.embed-full')).toBeVisible({ timeout: 30_000 });
  const content = () =>
    page.frame({ url: src })!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(frameHeight).toBeGreaterThan(300);
  await expect.poll(async () => Math.abs((await frameHeight()) - (await content()))).toBeLessThanOrEqual(1);

  // Opening the data table makes the content taller: the frame follows.
  const before = await frameHeight();
  await frame.locator('details.embed-details > summary').click();
  await expect.poll(frameHeight).toBeGreaterThan(before + 500);

  // A message of the right shape from the host page itself (another origin, not the frame) is ignored.
  const now = await frameHeight();
  await page.evaluate((type) => window.postMessage({ type, height: 123, path: '/' }, '*'), EMBED_MESSAGE_TYPE);
  await page.waitForTimeout(300);
  expect(await frameHeight()).toBe(now);
});
