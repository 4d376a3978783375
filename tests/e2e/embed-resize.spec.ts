import { expect, test } from '@playwright/test';
import { embedPath } from '../../src/lib/routes.ts';
import { EMBED_MESSAGE_TYPE } from '../../src/lib/share/embed-message.ts';
import { EMBED_RESIZE_SCRIPT_PATH } from '../../src/lib/share/paths.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

// The article is another site on the public web (routed by the test) and the site under test is
// on loopback; Chromium's Local Network Access checks keep public pages from framing loopback
// addresses (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS). Deployed, both sides are public, so
// this one browser turns the check off; everything else about the frame is as a reader meets it.
test.use({
  launchOptions: {
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

test('with the optional script the host page fits the frame to the content, and ignores other senders', async ({
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
