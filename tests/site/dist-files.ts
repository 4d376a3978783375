import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The built site the tests read: dist/ (a link to the newest build), or SITE_DIST. */
export const DIST = process.env.SITE_DIST ?? 'dist';

/** Every file under `dir` (links followed), as paths relative to it with forward slashes. */
export function listFiles(dir: string = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/** The address a built HTML file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function addressOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The site's public origin as the build wrote it into dist/sitemap.xml (SITE_URL at build time). */
export function siteOrigin(dir: string = DIST): string {
  const first = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(dir, 'sitemap.xml'), 'utf8'))?.[1];
  if (!first) throw new Error(`${dir}/sitemap.xml lists no page: build the site first (npm run build)`);
  return new URL(first).origin;
}
