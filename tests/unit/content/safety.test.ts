import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSafety } from '../../../src/lib/content/check-safety.ts';
import { CONTENT, FIXTURES, readTree } from './helpers.ts';

/** Each fixture holds one unsafe construct on line 6 (or an import/export on line 5). */
const CASES: Array<[file: string, type: string, line: number]> = [
  ['script.mdx', 'raw-script', 6],
  ['script-disguised.mdx', 'raw-script', 6],
  ['event-handler.mdx', 'event-handler', 6],
  ['event-handler-jsx.mdx', 'event-handler', 6],
  ['javascript-link.mdx', 'javascript-url', 6],
  ['javascript-case-whitespace.mdx', 'javascript-url', 6],
  ['javascript-entity.mdx', 'javascript-url', 6],
  ['javascript-hex-entity.mdx', 'javascript-url', 6],
  ['javascript-markdown-escape.mdx', 'javascript-url', 6],
  ['dynamic-href.mdx', 'dynamic-url', 6],
  ['iframe.mdx', 'embedded-content', 6],
  ['object.mdx', 'embedded-content', 6],
  ['external-src.mdx', 'external-src', 6],
  ['external-markdown-image.mdx', 'external-src', 6],
  ['import-package.mdx', 'esm-import', 5],
  ['import-outside-components.mdx', 'esm-import', 5],
  ['export.mdx', 'esm-export', 5],
  ['set-html.mdx', 'raw-html', 6],
];

describe('unsafe content is rejected with the right type and line', () => {
  for (const [file, type, line] of CASES) {
    it(`${file}: ${type} on line ${line}`, () => {
      const path = `${FIXTURES}/bad/safety/${file}`;
      const problems = checkSafety(path, readFileSync(path, 'utf8'));
      expect(problems.map((p) => [p.type, p.line])).toContainEqual([type, line]);
      for (const p of problems) {
        expect(p.file).toBe(path);
        expect(p.message).toMatch(/[\u4e00-\u9fff]/); // says why, in Chinese
        expect(p.hint).toBeTruthy();
      }
    });
  }
});

describe('safe content passes', () => {
  it('the safe fixtures: own components, site links, https links, harmless "on=" text', () => {
    for (const file of readTree(`${FIXTURES}/good`)) expect(checkSafety(file.path, file.text), file.path).toEqual([]);
  });

  it('every file of the real content folder', () => {
    for (const file of readTree(CONTENT)) expect(checkSafety(file.path, file.text), file.path).toEqual([]);
  });

  it('an import of a project component is allowed only from src/components', () => {
    const file = 'content/policy/zh/x.mdx';
    expect(checkSafety(file, "import Term from '../../../src/components/policy/Term.astro';\n")).toEqual([]);
    expect(checkSafety(file, "import X from '../../../src/layouts/Base.astro';\n")[0]?.type).toBe('esm-import');
    expect(checkSafety(file, "import X from '/abs/src/components/x.astro';\n")[0]?.type).toBe('esm-import');
  });

  it('a style attribute may not load from another site', () => {
    expect(checkSafety('x.mdx', '<p style="background: url(https://tracker.example/p.png)">x</p>')[0]?.type).toBe('external-src');
    expect(checkSafety('x.mdx', '<p style="color: red">x</p>')).toEqual([]);
  });

  it('a capitalised MDX component named like a tag is not HTML', () => {
    expect(checkSafety('x.mdx', '<Link href="/a/">a</Link> <Meta />')).toEqual([]);
  });
});
