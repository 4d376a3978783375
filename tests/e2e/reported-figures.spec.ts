import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { countyPath, countyYearPath } from '../../src/lib/routes.ts';

/**
 * The figures a county's own sources published (dataset county-reported) on its pages, in both
 * languages: in their own section beside the example data, as worded, with the source linked.
 */
const JUYE = '371724';
const SOURCE = 'http://epaper.hezeribao.com/shtml/hzrb/20181110/430098.shtml';

for (const lang of LANGS) {
  const title = lang === 'en' ? 'Figures published for this county' : '已公布的县级数字';

  test(`${countyYearPath(JUYE, 2018, lang)} shows 135,136 as worded, with its source linked and dated`, async ({
    page,
  }) => {
    expect((await page.goto(countyYearPath(JUYE, 2018, lang)))?.status()).toBe(200);
    const section = page.locator('[data-reported-figures]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(title);
    const row = section.locator('tr[data-indicator="lifted_out_cumulative_stated"]');
    await expect(row.locator('th')).toHaveText('全县累计脱贫135136人');
    await expect(row).toContainText('135,136');
    await expect(row.locator('time')).toHaveAttribute('datetime', '2018-11-10');
    await expect(row.getByRole('link')).toHaveAttribute('href', SOURCE);
    await expect(section.locator('tr[data-indicator="poverty_incidence_stated"] td.num')).toHaveText('1.16%');
    // Five figures for 巨野县 in 2018; the bound 12.3万余 has no exact number.
    await expect(section.locator('tbody tr')).toHaveCount(5);
    await expect(section.locator('tr[data-indicator="industry_beneficiaries_poor"]')).not.toHaveAttribute(
      'data-value',
      /.+/,
    );
    // Beside the example data, never in its table.
    await expect(page.locator('table.figures:not(.reported)').getByText('135,136')).toHaveCount(0);
    const results = await new AxeBuilder({ page })
      .include('[data-reported-figures]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test(`${countyPath(JUYE, lang)} lists the county's published figures; a county without any shows no section`, async ({
    page,
  }) => {
    expect((await page.goto(countyPath(JUYE, lang)))?.status()).toBe(200);
    await expect(page.locator('[data-reported-figures] tbody tr')).toHaveCount(5);
    expect((await page.goto(countyYearPath(JUYE, 2019, lang)))?.status()).toBe(200);
    await expect(page.locator('[data-reported-figures]')).toHaveCount(0);
    expect((await page.goto(countyYearPath('371728', 2020, lang)))?.status()).toBe(200);
    await expect(page.locator('[data-reported-figures] tbody tr')).toHaveCount(2);
  });
}
