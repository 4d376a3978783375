/**
 * The readable words of an explainer's MDX source, for the search index: front matter, import
 * lines, component tags and Markdown marks removed; the text inside `<Term>` and links kept.
 * Explainers are checked to be plain prose with a fixed set of components
 * (src/lib/content/check-mdx.ts), so removing tags cannot drop meaning.
 */
export function mdxText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_|`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
