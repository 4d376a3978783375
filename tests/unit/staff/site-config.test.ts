import { describe, expect, it } from 'vitest';
import {
  configProblems,
  DEVELOPMENT_SITE_URL,
  PLACEHOLDER_REPOSITORY_URL,
  resolveSiteConfig,
  strictRefusals,
  type SiteConfigInput,
} from '../../../src/lib/site-config.ts';

/** Settings a publishing build accepts; each test takes one away or spoils it. */
const complete: SiteConfigInput = {
  siteUrl: 'https://poverty.example.org',
  repositoryUrl: 'https://github.com/org/site',
  branch: 'main',
  feedback: { email: 'data@example.org', formUrl: undefined, disabled: false },
  publisher: { zh: '发布者', en: 'Publisher' },
  identifiers: {
    sponsor: undefined,
    operator: undefined,
    contact: undefined,
    icp: undefined,
    policeRecord: undefined,
    siteCode: undefined,
  },
};
const withSettings = (change: Partial<SiteConfigInput>) => resolveSiteConfig({ ...complete, ...change });

describe('the publishing build (--strict)', () => {
  it('accepts complete settings', () => {
    expect(strictRefusals(withSettings({}))).toEqual([]);
    expect(configProblems(withSettings({}))).toEqual([]);
  });

  it('refuses a missing site address, repository and feedback channel, one line each, all at once', () => {
    const refusals = strictRefusals(
      withSettings({
        siteUrl: undefined,
        repositoryUrl: '  ',
        feedback: { email: undefined, formUrl: '', disabled: false },
      }),
    );
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toMatch(/^SITE_URL 未设置/);
    expect(refusals[1]).toMatch(/^REPOSITORY_URL 未设置/);
    expect(refusals[2]).toMatch(/FEEDBACK=off/);
    for (const line of refusals) expect(line).not.toContain('\n');
  });

  it.each([
    ['http://poverty.example.org', '不是 https://'],
    ['https://localhost:4321', '指向本机'],
    ['https://127.0.0.1/', '指向本机'],
    ['https://preview.localhost/', '指向本机'],
    ['https://[::1]:8080/', '指向本机'],
  ])('refuses SITE_URL %s', (siteUrl, why) => {
    expect(strictRefusals(withSettings({ siteUrl }))).toEqual([expect.stringContaining(why)]);
  });

  it('accepts a feedback form or an explicit "no feedback channel" instead of an email address', () => {
    expect(
      strictRefusals(
        withSettings({ feedback: { email: undefined, formUrl: 'https://f.example.org', disabled: false } }),
      ),
    ).toEqual([]);
    expect(
      strictRefusals(withSettings({ feedback: { email: undefined, formUrl: undefined, disabled: true } })),
    ).toEqual([]);
  });
});

describe('settings every build checks', () => {
  it('refuses values that are set but malformed', () => {
    const problems = configProblems(
      withSettings({
        siteUrl: 'poverty.example.org',
        repositoryUrl: 'git@github.com:org/site.git',
        feedback: { email: 'Data Desk <data@example.org>', formUrl: 'javascript:alert(1)', disabled: true },
      }),
    );
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'SITE_URL',
      'REPOSITORY_URL',
      'FEEDBACK_EMAIL',
      'FEEDBACK_FORM_URL',
      'FEEDBACK=off',
    ]);
  });

  it('builds for the local preview address and a placeholder repository in development, and says what was set', () => {
    const config = withSettings({ siteUrl: undefined, repositoryUrl: undefined });
    expect(config.site).toBe(DEVELOPMENT_SITE_URL);
    expect(config.repository).toBe(PLACEHOLDER_REPOSITORY_URL);
    expect(config.siteUrl).toBeUndefined();
    expect(withSettings({ repositoryUrl: 'https://github.com/org/site/' }).repository).toBe(
      'https://github.com/org/site',
    );
  });

  it('never invents a footer identifier: blank ones stay unset', () => {
    const config = withSettings({
      identifiers: { ...complete.identifiers, icp: ' 鲁ICP备00000000号 ', siteCode: ' ' },
    });
    expect(config.identifiers.icp).toBe('鲁ICP备00000000号');
    expect(config.identifiers.siteCode).toBeUndefined();
  });
});
