import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTwins } from '../../../src/lib/content/twins.ts';
import { POLICY_SLUGS } from '../../../src/lib/content/schemas.ts';

const slugs = (lang: 'zh' | 'en') => readdirSync(`content/policy/${lang}`).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();

describe('explainers come in pairs', () => {
  it('every zh explainer has an en twin and vice versa', () => {
    expect(slugs('en')).toEqual(slugs('zh'));
  });

  it('every part of the plan has an explainer', () => {
    expect(slugs('zh')).toEqual([...POLICY_SLUGS].sort());
  });

  it('a missing twin and a disagreeing twin are reported', () => {
    const data = { order: 1, clause: '第一部分', indicators: [], targets: [] };
    const problems = checkTwins([
      { file: 'zh/a.mdx', slug: 'targets', lang: 'zh-CN', data },
      { file: 'en/a.mdx', slug: 'targets', lang: 'en', data: { ...data, order: 2 } },
      { file: 'zh/b.mdx', slug: 'industry', lang: 'zh-CN', data },
    ]);
    expect(problems.map((p) => [p.type, p.file, p.field])).toEqual([
      ['missing-twin', 'zh/b.mdx', null],
      ['frontmatter-error', 'en/a.mdx', 'order'],
    ]);
    expect(problems[0]?.hint).toContain('content/policy/en/industry.mdx');
  });
});
