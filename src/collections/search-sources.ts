/**
 * The glossary and the explainers as the search index needs them, read through the same
 * content collections the pages show (so the index never holds text the pages do not).
 */
import type { ExplainerSource, TermSource } from '../lib/search/documents.ts';
import { mdxText } from '../lib/search/mdx-text.ts';
import { allExplainers, glossary } from './content.ts';

export async function searchSourcesFromContent(): Promise<{ terms: TermSource[]; explainers: ExplainerSource[] }> {
  const entries = await allExplainers();
  const twin = (slug: string, lang: 'zh-CN' | 'en') => entries.find((e) => e.slug === slug && e.data.lang === lang)!;
  const slugs = [...new Set(entries.map((e) => e.slug))];
  const explainers = slugs.map((slug) => {
    const zh = twin(slug, 'zh-CN');
    const en = twin(slug, 'en');
    return {
      slug,
      title: { zh: zh.data.title, en: en.data.title },
      text: { zh: `${zh.data.summary} ${mdxText(zh.body ?? '')}`, en: `${en.data.summary} ${mdxText(en.body ?? '')}` },
    };
  });
  return { terms: await glossary(), explainers };
}
