/**
 * The search index's sources read straight from data/ and content/ (the build reads the same
 * files through Astro's content collections, which a unit test cannot load).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { mdxText } from '../../../src/lib/search/mdx-text.ts';
import type { ExplainerSource, SearchSources, TermSource } from '../../../src/lib/search/documents.ts';
import { loadSiteData } from '../../../src/lib/site-data/index.ts';

function explainer(lang: 'zh' | 'en', slug: string): { title: string; text: string } {
  const { yaml, body } = splitFrontmatter(readFileSync(`content/policy/${lang}/${slug}.mdx`, 'utf8'));
  const front = parse(yaml) as { title: string; summary: string };
  return { title: front.title, text: `${front.summary} ${mdxText(body)}` };
}

export function sourcesFromFiles(): SearchSources {
  const slugs = readdirSync('content/policy/zh')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  const explainers: ExplainerSource[] = slugs.map((slug) => {
    const zh = explainer('zh', slug);
    const en = explainer('en', slug);
    return { slug, title: { zh: zh.title, en: en.title }, text: { zh: zh.text, en: en.text } };
  });
  const terms = (parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as TermSource[]).map((term) => ({
    ...term,
    aliases: { zh: term.aliases?.zh ?? [], en: term.aliases?.en ?? [] },
  }));
  const { divisions, indicators } = loadSiteData();
  return { divisions, indicators, terms, explainers };
}
