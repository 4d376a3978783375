import AxeBuilder from '@axe-core/playwright';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/browser.ts';

/**
 * "纠错 / Report a problem" and the footer with publishing settings configured (site.config.ts,
 * through its environment variables), rendered with Astro's container API: a second full build
 * of the site for a browser test would cost minutes on every run, so the components are
 * rendered alone, from the same settings file, and the rendered HTML is checked in Chromium
 * with axe. configured-build.test.ts checks the same settings in one real build's pages.
 */
const PAGE = 'https://poverty.example.org/counties/371724/2018/';
const SETTINGS = {
  SITE_URL: 'https://poverty.example.org',
  REPOSITORY_URL: 'https://github.com/org/site',
  FEEDBACK_EMAIL: 'data@example.org',
  FEEDBACK_FORM_URL: 'https://forms.example.org/report',
  FEEDBACK: '',
  SITE_SPONSOR: '示例主办单位',
  SITE_OPERATOR: '',
  SITE_CONTACT: '0531-00000000',
  SITE_ICP: '鲁ICP备00000000号',
  SITE_POLICE_RECORD: '鲁公网安备00000000000000号',
  SITE_CODE: '',
};

type Lang = 'zh-CN' | 'en';
let render: (lang: Lang) => Promise<{ report: string; footer: string }>;

/** Loads the components afresh with `env` as the settings (site.config.ts reads them once, on import). */
async function withSettings(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { default: ReportProblem } = await import('../../../src/components/staff/ReportProblem.astro');
  const { default: FooterInfo } = await import('../../../src/components/staff/FooterInfo.astro');
  const { countyYear, loadSiteData } = await import('../../../src/lib/site-data/index.ts');
  const data = loadSiteData();
  const view = countyYear(data, '371724', 2018);
  const indicator = data.indicators.find((i) => i.id === 'registered_poor')!;
  const container = await AstroContainer.create({ astroConfig: { site: env.SITE_URL || 'http://localhost:4321' } });
  return async (lang: Lang) => ({
    report: await container.renderToString(ReportProblem, {
      props: { lang, pageTitle: '巨野县 2018', division: view.county, indicator, year: 2018, datasets: view.datasets },
      request: new Request(lang === 'en' ? PAGE.replace('.org/', '.org/en/') : PAGE),
    }),
    footer: await container.renderToString(FooterInfo, { props: { lang } }),
  });
}

const hrefOf = (html: string, channel: string) => {
  const match = html.match(new RegExp(`<a href="([^"]+)" data-channel="${channel}"`));
  return match ? match[1]!.replaceAll('&amp;', '&') : null;
};

describe('with every channel and some identifiers configured', () => {
  beforeAll(async () => {
    render = await withSettings(SETTINGS);
  });

  it('pre-fills the issue with the page, division, indicator, year and release', async () => {
    const { report } = await render('zh-CN');
    const issue = new URL(hrefOf(report, 'issue')!);
    expect(`${issue.origin}${issue.pathname}`).toBe('https://github.com/org/site/issues/new');
    expect(issue.searchParams.get('title')).toContain('巨野县 2018');
    const body = issue.searchParams.get('body')!;
    expect(body).toContain(`页面：${PAGE}`);
    expect(body).toContain('区划：巨野县 (371724)');
    expect(body).toMatch(/指标：.+ \(registered_poor\)/);
    expect(body).toContain('年份：2018');
    expect(body).toMatch(/数据版本：.*county-example v\d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)/);
  });

  it('offers the channels that need no account, with the same report', async () => {
    const { report } = await render('en');
    const mail = hrefOf(report, 'email')!;
    expect(mail).toMatch(/^mailto:data@example\.org\?subject=/);
    const body = decodeURIComponent(mail.split('&body=')[1]!);
    expect(body).toContain('Page: https://poverty.example.org/en/counties/371724/2018/');
    expect(body).toContain('Division: Juye County (371724)');
    expect(hrefOf(report, 'form')).toBe('https://forms.example.org/report');
    expect(report).toContain('no account');
  });

  it('shows the identifiers that are set, exactly as written, and no others', async () => {
    const { footer } = await render('zh-CN');
    expect(footer).toContain('我们期待与您沟通');
    expect(footer).toMatch(/主办：<span[^>]*>示例主办单位<\/span>/);
    expect(footer).toMatch(/联系方式：<span[^>]*>0531-00000000<\/span>/);
    expect(footer).toMatch(/ICP 备案号：<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>鲁ICP备00000000号<\/a>/);
    expect(footer).toMatch(
      /公安备案号：<a href="https:\/\/beian\.mps\.gov\.cn\/"[^>]*>鲁公网安备00000000000000号<\/a>/,
    );
    expect(footer).not.toMatch(/承办|网站标识码/);
    const { footer: en } = await render('en');
    expect(en).toMatch(/Sponsored by: <span lang="zh-CN"[^>]*>示例主办单位<\/span>/);
  });

  it.skipIf(findChromium() === null)('passes axe in Chromium, in both languages', async () => {
    const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
    try {
      for (const lang of ['zh-CN', 'en'] as const) {
        const { report, footer } = await render(lang);
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent(
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head>` +
            `<body><main><h1>t</h1>${report}</main><footer class="site-footer">${footer}</footer></body></html>`,
        );
        // The site's own stylesheet, as Base.astro loads it: target sizes and contrast depend on it.
        await page.addStyleTag({ path: 'src/styles/global.css' });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});

describe('with nothing configured', () => {
  it('shows no report links, no feedback line and no identifiers', async () => {
    const blank = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, '']));
    const { report, footer } = await (await withSettings(blank))('zh-CN');
    expect(report.trim()).toBe('');
    expect(footer.trim()).toBe('');
  });
});
