/**
 * `npm run build`: validate the data and the content, then build the site into a scratch
 * folder and swap it into dist/ only when everything succeeded. A failed validation or
 * build therefore publishes nothing and leaves the last good dist/ exactly as it was.
 *
 *   npm run build -- [--strict]     --strict refuses example datasets (a publishing build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { POLICY_SLUGS } from '../src/lib/content/schemas.ts';
import { loadSiteData, pagePaths } from '../src/lib/site-data/index.ts';
import { pageListGaps, pagePathFromFile, sitemapXml } from '../src/lib/sitemap.ts';

const DIST = 'dist';
const SCRATCH = '.build-next';
const PREVIOUS = '.build-previous';

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(SCRATCH, { recursive: true, force: true });
    console.error(`\n✗ ${step} failed: nothing was built; ${DIST}/ is unchanged.`);
    process.exit(1);
  }
}

let strict = false;
try {
  strict = parseArgs({ options: { strict: { type: 'boolean', default: false } } }).values.strict ?? false;
} catch (error) {
  console.error(`usage: npm run build -- [--strict]\n${(error as Error).message}`);
  process.exit(2);
}

run('data validation', process.execPath, ['scripts/validate.ts', ...(strict ? ['--strict'] : [])]);
run('content check', process.execPath, ['scripts/check-content.ts']);

rmSync(SCRATCH, { recursive: true, force: true });
run('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { ...process.env, SITE_OUT_DIR: SCRATCH });

// The sitemap is the page list; a build that wrote other pages than the list names publishes nothing.
const pages = pagePaths(loadSiteData(), POLICY_SLUGS);
const built = readdirSync(SCRATCH, { recursive: true, encoding: 'utf8' }).map(pagePathFromFile).filter((p) => p !== null);
const { missing, extra } = pageListGaps(pages, built);
if (missing.length > 0 || extra.length > 0) {
  rmSync(SCRATCH, { recursive: true, force: true });
  const list = (label: string, paths: string[]) => (paths.length > 0 ? [`  ${label} (${paths.length}): ${paths.slice(0, 10).join(' ')}${paths.length > 10 ? ' …' : ''}`] : []);
  console.error([`\n✗ the built pages differ from the page list (src/lib/site-data/pages.ts): nothing was built; ${DIST}/ is unchanged.`, ...list('not built', missing), ...list('not listed', extra)].join('\n'));
  process.exit(1);
}
writeFileSync(join(SCRATCH, 'sitemap.xml'), sitemapXml(process.env.SITE_URL ?? 'http://localhost:4321', pages));

// Swap: keep the old build until the new one is in place, so there is always a complete dist/.
rmSync(PREVIOUS, { recursive: true, force: true });
if (existsSync(DIST)) renameSync(DIST, PREVIOUS);
renameSync(SCRATCH, DIST);
rmSync(PREVIOUS, { recursive: true, force: true });
console.log(`✓ built into ${DIST}/`);
