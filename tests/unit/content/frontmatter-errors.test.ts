import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../src/lib/content/check-content.ts';
import { parseWithSchema } from '../../../src/lib/content/friendly-errors.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { PolicyFrontmatterSchema } from '../../../src/lib/content/schemas.ts';
import { FIXTURES, readTree } from './helpers.ts';

const report = checkContentFiles(readTree(`${FIXTURES}/bad/frontmatter`));
const zh = 'tests/fixtures/content/bad/frontmatter/policy/zh/targets.mdx';
const about = (field: string) => report.problems.find((p) => p.file === zh && p.field === field);

describe('front-matter errors are friendly', () => {
  it('name the file, the field, what was expected, what was found, and a hint', () => {
    const date = about('lastReviewed');
    expect(date).toMatchObject({ type: 'frontmatter-error', line: 6, column: 1, found: '"May 2024"' });
    expect(date?.expected).toContain('YYYY-MM-DD');
    expect(date?.hint).toContain('"2024-05-01"');
    expect(about('order')).toMatchObject({ line: 4, expected: '数字', found: '"first"' });
    expect(about('clause')?.expected).toContain('第N部分');
    expect(about('indicators')).toMatchObject({ expected: '数组', found: '"lifted_out"' });
  });

  it('report a missing field at the top of the front matter, and what to add', () => {
    expect(about('audience')).toMatchObject({ found: '（无）', hint: '请补上字段 “audience”。' });
  });

  it('suggest the intended name for a misspelt field', () => {
    expect(about('lastreviewd')).toMatchObject({ line: 10, hint: '是否想写 “lastReviewed”？' });
  });

  it('catch a file in the wrong language folder and broken YAML, with positions', () => {
    expect(report.problems).toContainEqual(expect.objectContaining({ file: `${FIXTURES}/bad/frontmatter/policy/en/targets.mdx`, type: 'lang-mismatch', field: 'lang', line: 9, expected: 'en', found: 'zh-CN' }));
    const yaml = report.problems.find((p) => p.type === 'yaml-error');
    expect(yaml?.file).toBe(`${FIXTURES}/bad/frontmatter/policy/en/industry.mdx`);
    expect(yaml?.line).toBeGreaterThanOrEqual(2);
  });

  it('never show raw zod output', () => {
    for (const p of report.problems) {
      const line = formatProblem(p);
      expect(line).toMatch(/^tests\/fixtures\/content\/\S+:\d+:\d+: [a-z-]+: /);
      expect(line).not.toMatch(/ZodError|"code":|invalid_type|\[\s*\{/);
    }
    expect(report.valid).toBe(false);
  });

  it('accept unquoted and quoted ISO dates alike', () => {
    const base = { title: 't', summary: 's', audience: 'a', order: 1, clause: '第一部分', sources: ['interpretation-2018'], lang: 'en' };
    for (const lastReviewed of ['2024-05-01', new Date('2024-05-01T00:00:00Z')]) {
      const result = parseWithSchema(PolicyFrontmatterSchema, { ...base, lastReviewed }, 'x.mdx');
      expect(result.ok && result.data.lastReviewed).toBe('2024-05-01');
    }
  });
});
