import { describe, expect, it } from 'vitest';
import { feedbackChannels, mailtoUrl, reportChannels, type ReportWords } from '../../../src/lib/feedback.ts';
import { staff as zh } from '../../../src/lib/i18n/zh/staff.ts';

const words: ReportWords = {
  title: zh['staff.report.subject'],
  page: zh['staff.report.page'],
  division: zh['staff.report.division'],
  indicator: zh['staff.report.indicator'],
  year: zh['staff.report.year'],
  release: zh['staff.report.release'],
  ask: zh['staff.report.ask'],
};
const subject = {
  pageUrl: 'https://poverty.example.org/counties/371724/2018/',
  pageTitle: '巨野县 2018 年',
  division: '巨野县 (371724)',
  year: 2018,
  releases: ['county-example v1.0.0', 'county-reported v1.0.0'],
};
const none = { email: undefined, formUrl: undefined, disabled: false };

describe('report a problem', () => {
  it('opens a new issue in the repository with the page, division, year and releases filled in', () => {
    const [issue] = reportChannels({ repositoryUrl: 'https://github.com/org/site/', feedback: none }, subject, words);
    const url = new URL(issue!.href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/site/issues/new');
    expect(url.searchParams.get('title')).toBe('纠错：巨野县 2018 年');
    expect(url.searchParams.get('body')).toBe(
      [
        '页面：https://poverty.example.org/counties/371724/2018/',
        '区划：巨野县 (371724)',
        '年份：2018',
        '数据版本：county-example v1.0.0, county-reported v1.0.0',
        '',
        zh['staff.report.ask'],
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the page is not about', () => {
    const [issue] = reportChannels(
      { repositoryUrl: 'https://github.com/org/site', feedback: none },
      { pageUrl: 'https://x.example/targets/', pageTitle: '目标追踪', indicator: '贫困发生率 (poverty_incidence)' },
      words,
    );
    const body = new URL(issue!.href).searchParams.get('body')!;
    expect(body).toContain('指标：贫困发生率 (poverty_incidence)');
    expect(body).not.toMatch(/区划|年份|数据版本/);
  });

  it('writes an email a mail program opens with subject and body, spaces as %20 (RFC 6068)', () => {
    const href = mailtoUrl('data@example.org', subject, words);
    expect(href).toMatch(/^mailto:data@example\.org\?subject=/);
    expect(href).not.toContain('+');
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe('纠错：巨野县 2018 年');
    expect(query.get('body')).toContain('区划：巨野县 (371724)\n');
  });

  it('offers only configured channels, repository first, and nothing when none is configured', () => {
    const all = { email: 'data@example.org', formUrl: 'https://form.example.org/report', disabled: false };
    expect(
      reportChannels({ repositoryUrl: 'https://github.com/org/site', feedback: all }, subject, words).map(
        (c) => c.kind,
      ),
    ).toEqual(['issue', 'email', 'form']);
    expect(
      reportChannels({ repositoryUrl: undefined, feedback: { ...none, formUrl: all.formUrl } }, subject, words),
    ).toEqual([{ kind: 'form', href: 'https://form.example.org/report' }]);
    expect(reportChannels({ repositoryUrl: undefined, feedback: { ...none, disabled: true } }, subject, words)).toEqual(
      [],
    );
    expect(feedbackChannels({ repositoryUrl: undefined, feedback: none })).toEqual([]);
  });
});
