import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runBuild } from '../../helpers/project-copy.ts';

/**
 * The settings in site.config.ts reach the built pages: the site address in canonical links and
 * the sitemap, the "纠错 / report a problem" links of figure pages, the feedback line and the
 * footer identifiers that are set (and only those). One real build of a project copy.
 */
let project = '';
const SETTINGS = {
  SITE_URL: 'https://poverty.example.org',
  REPOSITORY_URL: 'https://github.com/org/site',
  FEEDBACK_EMAIL: 'data@example.org',
  FEEDBACK_FORM_URL: '',
  FEEDBACK: '',
  SITE_SPONSOR: '示例主办单位',
  SITE_ICP: '鲁ICP备00000000号',
  SITE_OPERATOR: '',
  SITE_CONTACT: '',
  SITE_POLICE_RECORD: '',
  SITE_CODE: '',
};

beforeAll(() => {
  project = copyProject('configured-build-');
  const result = runBuild(project, SETTINGS);
  expect(result.status, result.stderr).toBe(0);
}, 600_000);
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');
const hrefs = (html: string, channel: string) =>
  [...html.matchAll(new RegExp(`<a href="([^"]+)" data-channel="${channel}"`, 'g'))].map((m) =>
    m[1]!.replaceAll('&amp;', '&'),
  );

describe('a build with publishing settings', () => {
  it('puts the site address into canonical links and the sitemap', () => {
    expect(page('counties/371724/2018')).toContain(
      '<link rel="canonical" href="https://poverty.example.org/counties/371724/2018/"',
    );
    expect(readFileSync(join(project, 'dist', 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://poverty.example.org/counties/371724/2018/</loc>',
    );
  });

  it('links every kind of figure page to a pre-filled issue and email about that page', () => {
    const [issue] = hrefs(page('counties/371724/2018'), 'issue');
    const body = new URL(issue!).searchParams.get('body')!;
    expect(issue).toMatch(/^https:\/\/github\.com\/org\/site\/issues\/new\?/);
    expect(body).toContain('页面：https://poverty.example.org/counties/371724/2018/');
    expect(body).toContain('区划：巨野县 (371724)');
    expect(body).toContain('年份：2018');
    expect(body).toMatch(/数据版本：.*county-example v\d+\.\d+\.\d+/);
    const [mail] = hrefs(page('en/counties/371724/2018'), 'email');
    expect(decodeURIComponent(mail!)).toContain('Division: Juye County (371724)');
    for (const path of [
      'counties/371724',
      'prefectures/371700/2019',
      'prefectures/371700',
      'indicators/registered_poor/2019',
      'indicators/registered_poor',
      'targets',
    ])
      expect(hrefs(page(path), 'issue'), path).toHaveLength(1);
    expect(new URL(hrefs(page('indicators/registered_poor/2019'), 'issue')[0]!).searchParams.get('body')).toContain(
      '指标：',
    );
  });

  it('shows the feedback channels and the identifiers that are set, and no others', () => {
    const home = page('');
    expect(home).toContain('我们期待与您沟通');
    expect(home).toContain('href="mailto:data@example.org"');
    expect(home).toMatch(/主办：<span>示例主办单位<\/span>/);
    expect(home).toMatch(/ICP 备案号：<a href="https:\/\/beian\.miit\.gov\.cn\/">鲁ICP备00000000号<\/a>/);
    expect(home).not.toMatch(/承办|公安备案号|网站标识码/);
    expect(page('en')).toMatch(/Sponsored by: <span lang="zh-CN">示例主办单位<\/span>/);
  });
});
