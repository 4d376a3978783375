/**
 * The sitemap is made from the built pages themselves (every `…/index.html` in the output),
 * so it can never disagree with what was published; the end-to-end tests walk it.
 */
export function pagePathFromFile(relativeFile: string): string | null {
  const normalised = relativeFile.split('\\').join('/');
  if (normalised === 'index.html') return '/';
  if (!normalised.endsWith('/index.html')) return null;
  return `/${normalised.slice(0, -'index.html'.length)}`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function sitemapXml(siteUrl: string, paths: readonly string[]): string {
  const urls = [...paths].sort().map((path) => `  <url><loc>${escapeXml(new URL(path, siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
