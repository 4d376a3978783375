/**
 * The sitemap lists the page list (pagePaths in src/lib/site-data/pages.ts), and the build
 * checks it against the pages it wrote (every `…/index.html` in the output), so the sitemap
 * can never disagree with what was published; the end-to-end tests walk it.
 */
export function pagePathFromFile(relativeFile: string): string | null {
  const normalised = relativeFile.split('\\').join('/');
  if (normalised === 'index.html') return '/';
  if (!normalised.endsWith('/index.html')) return null;
  return `/${normalised.slice(0, -'index.html'.length)}`;
}

/** Pages the list expects but the build did not write, and pages written that the list lacks. */
export function pageListGaps(
  expected: readonly string[],
  built: readonly string[],
): { missing: string[]; extra: string[] } {
  const wrote = new Set(built);
  const listed = new Set(expected);
  return { missing: expected.filter((p) => !wrote.has(p)).sort(), extra: built.filter((p) => !listed.has(p)).sort() };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function sitemapXml(siteUrl: string, paths: readonly string[]): string {
  const urls = [...paths].sort().map((path) => `  <url><loc>${escapeXml(new URL(path, siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
