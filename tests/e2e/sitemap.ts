import { readFileSync } from 'node:fs';

/** Every page path the build published, from dist/sitemap.xml (written by scripts/build.ts). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The route template of a path: codes, years, indicator ids and slugs become placeholders (`/en/counties/:code/:year/`). */
export function templateOf(path: string): string {
  return path
    .replace(/\/37\d{4}(?=\/)/g, '/:code')
    .replace(/\/20\d{2}(?=\/)/g, '/:year')
    .replace(/\/(indicators|policy)\/[a-z0-9_-]+(?=\/)/, '/$1/:id');
}

/**
 * A few pages of every template, spread over the list (first, middle, last), so each kind of
 * page in each language is checked without walking ~2,000 near-identical pages on every run.
 * Set A11Y_ALL=1 to walk them all.
 */
export function samplePerTemplate(paths: readonly string[], perTemplate = 3): string[] {
  if (process.env.A11Y_ALL) return [...paths];
  const groups = new Map<string, string[]>();
  for (const path of paths) groups.set(templateOf(path), [...(groups.get(templateOf(path)) ?? []), path]);
  return [...groups.values()].flatMap((group) => {
    if (group.length <= perTemplate) return group;
    const picks = new Set([0, Math.floor(group.length / 2), group.length - 1].slice(0, perTemplate));
    return [...picks].map((i) => group[i]!);
  });
}
