import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

/**
 * Descriptors cite documents of this repository by repository path, and the site makes the
 * address from its configuration: a fork that sets REPOSITORY_URL links to its own copy, and no
 * link keeps pointing at a hard-coded repository.
 */
const PACKAGES = [
  'data/divisions',
  'data/indicators',
  ...readdirSync('data/datasets').map((d) => join('data/datasets', d)),
];
const FORK = 'https://git.example.org/open/shandong';

/** site.ts reads REPOSITORY_URL when it loads, as a build does: load the modules afresh under it. */
async function linksUnder(repositoryUrl: string) {
  vi.resetModules();
  vi.stubEnv('REPOSITORY_URL', repositoryUrl);
  return import('../../../src/lib/site-data/links.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

it('names no repository address in any descriptor', () => {
  for (const dir of PACKAGES)
    expect(readFileSync(join(dir, 'datapackage.json'), 'utf8'), dir).not.toContain('github.com/sd-poverty-open-data');
});

it('links every source, licence and contributor of the shipped descriptors to the web or to the configured repository', async () => {
  const { withSiteLinks } = await linksUnder(FORK);
  const { readPackage } = await import('../../../src/lib/data/read-package.ts');
  const repositoryLinks: string[] = [];
  for (const dir of readdirSync('data/datasets').map((d) => join('data/datasets', d))) {
    const meta = withSiteLinks(readPackage(dir).meta!);
    const links = [...meta.sources, ...meta.licenses, ...meta.contributors].flatMap((x) => x.path ?? []);
    for (const link of links) expect(link, dir).toMatch(/^https?:\/\/[^/]/);
    repositoryLinks.push(...links.filter((l) => l.startsWith(FORK)));
  }
  expect(repositoryLinks).toContain(`${FORK}/blob/main/docs/sources.md#sources-without-a-web-address`);
});

it('points sources without a web address at a section of docs/sources.md that exists', () => {
  const paths = PACKAGES.flatMap(
    (dir) =>
      (JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { sources?: { path: string }[] }).sources ??
      [],
  ).map((s) => s.path);
  const inRepository = [...new Set(paths.filter((p) => !/^https?:/.test(p)))];
  expect(inRepository).toEqual(['docs/sources.md#sources-without-a-web-address']);
  expect(readFileSync('docs/sources.md', 'utf8')).toMatch(/^## Sources without a web address$/m);
});
