/**
 * `npm run build`: validate the data and the content, then build the site into a new folder
 * and publish it as dist/ only when everything succeeded. A failed validation or build
 * therefore publishes nothing and leaves the last good dist/ exactly as it was; publishing is
 * one atomic rename, so even a killed build never leaves dist/ missing or half-written
 * (scripts/dist-swap.ts).
 *
 *   npm run build -- [--strict] [--out DIR]
 *     --strict    the publishing build: it refuses example datasets and settings that are
 *                 missing from site.config.ts
 *     --out DIR   publish as DIR/dist instead of ./dist (e.g. a build of another data folder,
 *                 DATA_DIR=… in src/lib/data-dir.ts, that must not replace the site's own)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../site.config.ts';
import { configProblems, strictRefusals } from '../src/lib/site-config.ts';
import { POLICY_SLUGS } from '../src/lib/content/schemas.ts';
import { loadSiteData, pagePaths } from '../src/lib/site-data/index.ts';
import { pageListGaps, pagePathFromFile, sitemapXml } from '../src/lib/sitemap.ts';
import { DIST, discardBuild, newBuildFolder, publishBuild, recoverDist } from './dist-swap.ts';

const ROOT = process.cwd();
let folder: string | null = null;

/** Stops the build: the new folder is removed and dist/ stays as it was. */
function fail(message: string): never {
  if (folder) discardBuild(folder);
  console.error(message);
  process.exit(1);
}

const failed = (step: string) => `\n✗ ${step} failed: nothing was built; ${DIST}/ is unchanged.`;

/** Runs one step; true when it succeeded. */
function attempt(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (!attempt(command, args, env)) fail(failed(step));
}

let strict = false;
let OUT = ROOT;
try {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  strict = values.strict ?? false;
  OUT = resolve(values.out ?? ROOT);
} catch (error) {
  console.error(`usage: npm run build -- [--strict] [--out DIR]\n${(error as Error).message}`);
  process.exit(2);
}

// First, before anything can fail: repair what an interrupted earlier run may have left.
recoverDist(OUT);

// The settings are checked first, but the validation still runs, so one run lists every refusal.
const refusals = [...configProblems(siteConfig), ...(strict ? strictRefusals(siteConfig) : [])];
for (const refusal of refusals) console.error(`✗ ${refusal}`);
const valid = attempt(process.execPath, ['scripts/validate.ts', ...(strict ? ['--strict'] : [])]);
if (refusals.length > 0) fail(failed(`site settings (site.config.ts)${valid ? '' : ' and data validation'}`));
if (!valid) fail(failed('data validation'));
run('content check', process.execPath, ['scripts/check-content.ts']);

folder = newBuildFolder(OUT);
run('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  ...process.env,
  SITE_OUT_DIR: relative(ROOT, folder),
});

// Astro writes only the root 404 page as 404.html; the English one comes out as en/404/index.html.
// Static hosts look for en/404.html, and it is not a page of the sitemap.
renameSync(join(folder, 'en', '404', 'index.html'), join(folder, 'en', '404.html'));
rmdirSync(join(folder, 'en', '404'));

// The sitemap is the page list; a build that wrote other pages than the list names publishes nothing.
const pages = pagePaths(loadSiteData(), POLICY_SLUGS);
const built = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .map(pagePathFromFile)
  .filter((p) => p !== null);
const { missing, extra } = pageListGaps(pages, built);
if (missing.length > 0 || extra.length > 0) {
  const list = (label: string, paths: string[]) =>
    paths.length > 0
      ? [`  ${label} (${paths.length}): ${paths.slice(0, 10).join(' ')}${paths.length > 10 ? ' …' : ''}`]
      : [];
  fail(
    [
      `\n✗ the built pages differ from the page list (src/lib/site-data/pages.ts): nothing was built; ${DIST}/ is unchanged.`,
      ...list('not built', missing),
      ...list('not listed', extra),
    ].join('\n'),
  );
}
writeFileSync(join(folder, 'sitemap.xml'), sitemapXml(siteConfig.site, pages));

publishBuild(OUT, folder);
console.log(`✓ built into ${relative(ROOT, join(OUT, DIST)) || DIST}/ (a link to ${relative(ROOT, folder)}/)`);
