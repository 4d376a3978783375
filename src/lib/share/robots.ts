/**
 * robots.txt (RFC 9309): every page may be crawled, and the sitemap the build writes is named
 * with the site's public address, since RFC 9309 §2.2.4 and sitemaps.org ask for an absolute URL.
 */
export function robotsTxt(siteUrl: string | URL): string {
  const sitemap = new URL('/sitemap.xml', siteUrl).href;
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}
