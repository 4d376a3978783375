import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The county and prefecture overviews, the prefecture-year pages and the data page, in both
 * languages, as a reader gets them from the built site: division changes are explained and
 * linked, the zoomed map and its ranked table cover the prefecture's counties, and every file on
 * the data page downloads with exactly the SHA-256 printed next to it.
 */
const LANGS = [
  {
    prefix: '',
    penglaiDistrict: '蓬莱区',
    penglaiCity: '蓬莱市',
    changdao: '长岛县',
    laiwuDistrict: '莱芜区',
    abolished: '撤销',
  },
  {
    prefix: '/en',
    penglaiDistrict: 'Penglai District',
    penglaiCity: 'Penglai City',
    changdao: 'Changdao County',
    laiwuDistrict: 'Laiwu District',
    abolished: 'abolished',
  },
] as const;

// The map itself (county-map) is checked by the map's own tests and the sitemap-wide a11y walk;
// here it is left out so these tests answer for the profile pages' own markup.
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .exclude('county-map')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

for (const L of LANGS) {
  test.describe(`profiles ${L.prefix || '/ (zh-CN)'}`, () => {
    test('a prefecture-year page has a zoomed map and a ranked table of its own counties', async ({ page }) => {
      expect((await page.goto(`${L.prefix}/prefectures/370600/2020/`))?.status()).toBe(200);
      const svg = page.locator('figure.county-map svg').first();
      await expect(svg).toBeVisible();
      const [viewBox, full] = await Promise.all([svg.getAttribute('viewBox'), svg.getAttribute('data-full-view-box')]);
      expect(viewBox, 'zoomed to 烟台市').not.toBe(full);
      // 烟台市 had 11 county-level divisions at the end of 2020 (蓬莱区 replacing 蓬莱市 and 长岛县).
      const rows = page.locator('#prefecture-rank tbody tr');
      await expect(rows).toHaveCount(11);
      for (const code of await rows.evaluateAll((trs) => trs.map((tr) => tr.id))) expect(code).toMatch(/^3706\d\d$/);
      await expect(page.locator('#prefecture-rank tr[id="370614"] a:not(.row-anchor)')).toHaveAttribute(
        'href',
        `${L.prefix}/counties/370614/2020/`,
      );
      await expect(page.locator('[data-county-links] li')).toHaveCount(11);
      await expectAccessible(page);
    });

    test('蓬莱市 says it became 蓬莱区 and links to its page', async ({ page }) => {
      expect((await page.goto(`${L.prefix}/counties/370684/`))?.status()).toBe(200);
      const became = page.locator('[data-became]');
      await expect(became).toContainText(L.penglaiDistrict);
      await expect(became).toContainText('国函〔2020〕81号');
      await expect(became.locator(`a[href="${L.prefix}/counties/370614/"]`)).toHaveCount(1);
      // Figures only for the years it was in force at year end.
      await expect(page.locator('[data-series] thead th.num')).toHaveText(['2018', '2019']);
    });

    test('蓬莱区’s series says its 2019 figures are 蓬莱市 + 长岛县', async ({ page }) => {
      expect((await page.goto(`${L.prefix}/counties/370614/`))?.status()).toBe(200);
      const note = page.locator('[data-standin-year="2019"]');
      await expect(note).toContainText(L.penglaiCity);
      await expect(note).toContainText(L.changdao);
      await expect(note.locator(`a[href="${L.prefix}/counties/370684/2019/"]`)).toHaveCount(1);
      await expect(page.locator('[data-series] td[data-year="2019"]').first()).toHaveAttribute(
        'data-via',
        '370634 370684',
      );
      await expect(page.locator('[data-example-banner]')).toBeVisible();
      await expectAccessible(page);
    });

    test('莱芜市 says it was abolished and links to 莱芜区', async ({ page }) => {
      expect((await page.goto(`${L.prefix}/prefectures/371200/`))?.status()).toBe(200);
      const note = page.locator('[data-succession]');
      await expect(note).toContainText(L.abolished);
      await expect(note).toContainText('国函〔2018〕163号');
      await expect(note.locator(`a[href="${L.prefix}/counties/370116/"]`)).toContainText(L.laiwuDistrict);
      await expect(note.locator(`a[href="${L.prefix}/prefectures/370100/"]`)).toHaveCount(1);
      await expectAccessible(page);
    });

    test('the data page prints each file’s SHA-256, and the download has exactly that hash', async ({
      page,
      request,
    }) => {
      expect((await page.goto(`${L.prefix}/data/`))?.status()).toBe(200);
      for (const name of [
        'indicators',
        'divisions',
        'baseline-2015-prefectures',
        'plan-targets',
        'province-reported',
      ]) {
        await expect(page.locator(`section#${name}`)).toHaveCount(1);
      }
      const files = await page.locator('tr[data-file]').evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('a[data-download]')!.getAttribute('href')!,
          sha256: tr.querySelector('[data-sha256]')!.textContent!.trim(),
        })),
      );
      expect(files.length).toBeGreaterThanOrEqual(10);
      for (const file of files) {
        const response = await request.get(file.href);
        expect(response.status(), file.href).toBe(200);
        expect(
          createHash('sha256')
            .update(await response.body())
            .digest('hex'),
          file.href,
        ).toBe(file.sha256);
      }
      // The example dataset is marked as such wherever it is listed.
      for (const section of await page.locator('section.dataset[data-status="example"]').all()) {
        await expect(section.locator('.status-example').first()).toBeVisible();
      }
    });

    test('the data page shows the end-2015 total beside the sum of its 17 prefecture rows', async ({ page }) => {
      await page.goto(`${L.prefix}/data/`);
      const gap = page.locator('#warnings [data-sum-gap][data-indicator="registered_poor"]');
      await expect(gap).toContainText('2,423,821');
      await expect(gap).toContainText('2,409,458');
      await expect(gap).toContainText('14,363');
      await expect(
        page.locator('#baseline-2015-prefectures [data-validator-warnings] [data-type="sum-mismatch"]'),
      ).toHaveCount(2);
      await expectAccessible(page);
    });
  });

  test(`${L.prefix || '/ (zh-CN)'}: the other profile pages meet WCAG 2.2 AA and stay on their origin`, async ({
    page,
    baseURL,
  }) => {
    // Five pages with an axe walk each in one test: room for a busy shared machine.
    test.slow();
    for (const path of ['/counties/', '/counties/370125/', '/counties/371503/', '/prefectures/370100/', '/about/']) {
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      expect((await page.goto(`${L.prefix}${path}`))?.status(), path).toBe(200);
      await expectAccessible(page);
      expect(foreign, path).toEqual([]);
    }
  });
}
