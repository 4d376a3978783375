import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../../src/lib/content/check-mdx.ts';
import { mdxBody } from '../../../src/lib/content/mdx-tree.ts';
import { CONTENT, FIXTURES, readTree } from './helpers.ts';

/** Each fixture appends one attack to a minimal explainer; the check must refuse it at the place named. */
const CASES: Array<[file: string, type: string, line: number, column?: number]> = [
  ['expression-env.mdx', 'mdx-expression', 6, 11],
  ['expression-exec.mdx', 'mdx-expression', 7, 1],
  ['comment-expression.mdx', 'mdx-expression', 7, 1],
  ['import-export-same-line.mdx', 'esm-export', 5, 1],
  ['import-import-same-line.mdx', 'esm-import', 5, 1],
  ['import-wrong-name.mdx', 'esm-import', 5, 1],
  ['spread-img.mdx', 'spread-attribute', 6, 1],
  ['spread-img.mdx', 'element-not-allowed', 6, 1],
  ['spread-component.mdx', 'spread-attribute', 6, 1],
  ['expression-attribute.mdx', 'expression-attribute', 6, 1],
  ['attribute-not-allowed.mdx', 'attribute-not-allowed', 6, 1],
  ['attribute-value.mdx', 'attribute-value', 6, 1],
  ['form.mdx', 'form', 6, 1],
  ['embed.mdx', 'embedded-content', 6, 1],
  ['element-not-allowed.mdx', 'element-not-allowed', 6, 1],
  ['fragment.mdx', 'element-not-allowed', 6, 1],
  ['link-entity-colon.mdx', 'link-not-allowed', 6, 1],
  ['link-entity-hex.mdx', 'link-not-allowed', 6, 1],
  ['link-data.mdx', 'link-not-allowed', 6, 1],
  ['link-other-origin.mdx', 'link-not-allowed', 6, 1],
  ['link-definition.mdx', 'link-not-allowed', 8, 1],
  ['image-relative.mdx', 'external-src', 6, 1],
  ['html-comment.mdx', 'mdx-error', 6, 1],
];

describe('MDX is checked on the syntax tree the build compiles', () => {
  for (const [file, type, line, column] of CASES) {
    it(`${file}: ${type} at ${line}:${column}`, () => {
      const path = `${FIXTURES}/bad/tree/${file}`;
      const problems = checkMdx(path, readFileSync(path, 'utf8'));
      expect(problems.map((p) => [p.type, p.line, p.column])).toContainEqual([type, line, column]);
      for (const p of problems) {
        expect(p).toMatchObject({ file: path, severity: 'error' });
        expect(p.message).toMatch(/[\u4e00-\u9fff]/); // says why, in Chinese
        expect(p.hint).toBeTruthy();
      }
    });
  }

  it('links decode character references before the scheme is judged', () => {
    const found = (md: string) => checkMdx('x.mdx', md).map((p) => p.found);
    expect(found('[a](&#x6A;avascript:alert(1))')).toEqual(['javascript:alert(1)']);
    expect(found('[a](JaVaScRiPt&#58;alert(1))')).toEqual(['JaVaScRiPt:alert(1)']);
  });

  it('accepts Markdown, the allowlisted components and the allowed links', () => {
    const ok = [
      '# 标题\n\n**粗体**、*斜体*、`代码`、~~删除~~\n\n- 列表\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```js\nconst x = {a: 1};\n```\n',
      '<Term id="dibao">低保</Term> <PageLink to="explainer" slug="assessment">考核</PageLink> <PageLink to="indicator" id="lifted_out">x</PageLink>',
      '<span lang="zh-CN">两不愁三保障</span> H<sub>2</sub>O x<sup>2</sup> <abbr title="最低生活保障">低保</abbr>',
      '[a](https://www.shandong.gov.cn/) [b](http://example.org/) [c](mailto:x@example.org) [d](/policy/) [e](#top) ![f](/images/a.png)',
      'Literal braces and angles: &#123;x&#125; and &lt;b&gt;.',
      "import Term from '../../../src/components/policy/Term.astro'\nimport PageLink from \"../../../src/components/policy/PageLink.astro\";\n\n<Term id=\"dibao\">低保</Term>",
    ];
    for (const text of ok) expect(checkMdx('content/policy/zh/x.mdx', text), text).toEqual([]);
  });

  it('imports only by the exact path from the file to the component', () => {
    const file = 'content/policy/zh/x.mdx';
    const types = (line: string) => checkMdx(file, `${line}\n`).map((p) => p.type);
    expect(types("import Term from '../../../src/components/policy/Term.astro';")).toEqual([]);
    expect(types("import Term from '../../../src/components/policy/../policy/Term.astro';")).toEqual(['esm-import']);
    expect(types("import Term from '/src/components/policy/Term.astro';")).toEqual(['esm-import']);
    expect(types("import Base from '../../../src/layouts/Base.astro';")).toEqual(['esm-import']);
    expect(types("import * as Term from '../../../src/components/policy/Term.astro';")).toEqual(['esm-import']);
    expect(types('export const x = 1;')).toEqual(['esm-export']);
    expect(types("import constructor from '../../../src/components/policy/Term.astro';")).toEqual(['esm-import']);
    expect(types("import Term from '../../../src/components/policy/Term.astro'\r")).toEqual([]);
  });

  it('every explainer in content/ passes unchanged', () => {
    for (const f of readTree(CONTENT).filter((f) => f.rel.endsWith('.mdx'))) expect(checkMdx(f.path, f.text), f.path).toEqual([]);
  });

  it('reads the body exactly as Astro hands it to the MDX compiler (front matter blanked, positions kept)', () => {
    const texts = [...readTree(CONTENT), ...readTree(`${FIXTURES}/bad/tree`)].filter((f) => f.rel.endsWith('.mdx')).map((f) => f.text);
    texts.push('\n---\na: 1\n---\nbody', 'no front matter {x}', '+++\na = 1\n+++\nbody');
    for (const text of texts) expect(mdxBody(text)).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content);
  });
});
