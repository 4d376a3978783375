import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GlossaryTermSchema, type GlossaryTerm } from '../../../src/lib/content/schemas.ts';
import { checkTermMarkup, firstOccurrence, formsOf, readingText } from '../../../src/lib/content/term-markup.ts';
import { CONTENT, readTree } from './helpers.ts';

const glossary: GlossaryTerm[] = (parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as unknown[]).map((t) => GlossaryTermSchema.parse(t));
const explainers = readTree(`${CONTENT}/policy`).filter((f) => f.path.endsWith('.mdx'));

describe('glossary terms are marked up in explainers', () => {
  it('the glossary has the terms the plan relies on, each with a unique id', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const zh = new Set(glossary.map((t) => t.term.zh));
    for (const term of ['两不愁三保障', '建档立卡', '省定扶贫工作重点村', '省扶贫工作重点村', '低保', '特困人员集中供养', '易地扶贫搬迁', '黄河滩区居民迁建', '扶贫特惠保险', '集体经济空壳村', '五级书记抓扶贫', '6+6扶贫协作', '千企帮千村', '脱贫任务比较重的县', '已脱贫享受政策人口', '问题整改落实季']) {
      expect(zh, term).toContain(term);
    }
  });

  for (const file of explainers) {
    it(`${file.path} wraps the first occurrence of every glossary term it uses`, () => {
      const lang = file.path.includes('/en/') ? 'en' : 'zh-CN';
      expect(checkTermMarkup(file.path, file.text, glossary, lang)).toEqual([]);
    });
  }

  it('every explainer uses at least one glossary term', () => {
    for (const file of explainers) expect(file.text, file.path).toMatch(/<Term id="/);
  });

  it('reports an unmarked first use and an unknown id, with positions', () => {
    const text = '---\ntitle: x\n---\n\n低保很重要。<Term id="dibao">低保</Term>,<Term id="nope">x</Term>';
    const problems = checkTermMarkup('x.mdx', text, glossary, 'zh-CN');
    expect(problems.map((p) => [p.type, p.line, p.column])).toEqual([
      ['unknown-term', 5, 34],
      ['unwrapped-term', 5, 1],
    ]);
  });

  it('matches English terms as whole words in any case, with plurals, ignoring link text and attributes', () => {
    const heavy = glossary.find((t) => t.id === 'heavy-task-county')!;
    expect(firstOccurrence('The 20 Heavy-Task Counties', formsOf(heavy, 'en'), 'en')).toBe(7);
    expect(firstOccurrence('superheavy-task county', formsOf(heavy, 'en'), 'en')).toBe(-1);
    const reading = readingText('<PageLink to="policy">dibao</PageLink> <a title="dibao">x</a>');
    expect(reading).not.toContain('dibao');
  });
});
