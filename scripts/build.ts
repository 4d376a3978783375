/**
 * `npm run build`: validate the data and the content, then build the site into a new folder
 * and publish it as dist/ only when everything succeeded. A failed validation or build
 * therefore publishes nothing and leaves the last good dist/ exactly as it was; publishing is
 * one atomic rename, so even a killed build never leaves dist/ missing or half-written
 * (scripts/dist-swap.ts).
 *
 *   npm run build -- [--strict] [--out DIR] [--parts N]
 *     --strict    the publishing build: it refuses example datasets and settings that are
 *                 missing from site.config.ts
 *     --out DIR   publish as DIR/dist instead of ./dist (e.g. a build of another data folder,
 *                 DATA_DIR=… in src/lib/data-dir.ts, that must not replace the site's own)
 *     --parts N   render the pages in N parallel astro processes (scripts/build-parts.ts says
 *                 how they share the work; the default is one per core, at most two); not with
 *                 --out outside the project.
 *
 * The data validation and the content check run at the same time (each on a core), each one's
 * messages printed whole, in that order, when both are done.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../site.config.ts';
import { configProblems, strictRefusals } from '../src/lib/site-config.ts';
import { POLICY_SLUGS } from '../src/lib/content/schemas.ts';
// Not site-data/index.ts: some of its modules read the years of geo/ on import, which throws on a
// broken geo/ before the validation below could report it with positions and hints.
import { loadSiteData } from '../src/lib/site-data/load.ts';
import { pagePaths } from '../src/lib/site-data/pages.ts';
import { pageListGaps, pagePathFromFile, sitemapXml } from '../src/lib/sitemap.ts';
import { defaultPartCount, mergePartInto, mergeProblem, runParts } from './build-parts.ts';
import { DIST, discardBuild, newBuildFolder, publishBuild, recoverDist } from './dist-swap.ts';

const ROOT = process.cwd();
/** The build folders of this run: the first is published, the others are merged into it. */
let folders: string[] = [];

/** Stops the build: the new folders are removed and dist/ stays as it was. */
function fail(message: string): never {
  for (const folder of folders) discardBuild(folder);
  console.error(message);
  process.exit(1);
}

const failed = (step: string) => `\n✗ ${step} failed: nothing was built; ${DIST}/ is unchanged.`;

/** Runs a node script with its output held back, to be printed whole when it is done. */
function buffered(args: string[]): Promise<{ ok: boolean; print: () => void }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (code) =>
      done({
        ok: code === 0,
        print: () => {
          process.stdout.write(Buffer.concat(out));
          process.stderr.write(Buffer.concat(err));
        },
      }),
    );
  });
}

const started = performance.now();
let lap = started;
/** Seconds since the last call, for the build's log. */
function seconds(): string {
  const now = performance.now();
  const text = `${((now - lap) / 1000).toFixed(1)} s`;
  lap = now;
  return text;
}

const USAGE = 'usage: npm run build -- [--strict] [--out DIR] [--parts N]';
let strict = false;
let OUT = ROOT;
let parts = 1;
try {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, out: { type: 'string' }, parts: { type: 'string' } },
  });
  strict = values.strict ?? false;
  OUT = resolve(values.out ?? ROOT);
  const outside = !`${OUT}${sep}`.startsWith(`${ROOT}${sep}`);
  parts = values.parts === undefined ? defaultPartCount(outside) : Number(values.parts);
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`--parts ${values.parts}: a whole number, 1 or more`);
  if (outside && parts > 1) throw new Error(`--parts ${parts} needs --out inside the project (scripts/build-parts.ts)`);
} catch (error) {
  console.error(`${USAGE}\n${(error as Error).message}`);
  process.exit(2);
}

// A folder given with --out that does not exist yet is made, as `mkdir -p` would.
mkdirSync(OUT, { recursive: true });
// First, before anything can fail: repair what an interrupted earlier run may have left.
recoverDist(OUT);

// The settings are checked first, but the validation still runs, so one run lists every refusal.
const refusals = [...configProblems(siteConfig), ...(strict ? strictRefusals(siteConfig) : [])];
for (const refusal of refusals) console.error(`✗ ${refusal}`);
// Two separate programs that only read: they run side by side, and every message of both is kept.
const [validation, contentCheck] = await Promise.all([
  buffered(['scripts/validate.ts', ...(strict ? ['--strict'] : [])]),
  buffered(['scripts/check-content.ts']),
]);
validation.print();
contentCheck.print();
const valid = validation.ok;
if (refusals.length > 0) fail(failed(`site settings (site.config.ts)${valid ? '' : ' and data validation'}`));
if (!valid) fail(failed(`data validation${contentCheck.ok ? '' : ' and content check'}`));
if (!contentCheck.ok) fail(failed('content check'));
console.log(`✓ data validation and content check: ${seconds()}`);

folders = Array.from({ length: parts }, () => newBuildFolder(OUT));
const [folder] = folders as [string];
const astro = await runParts(parts, process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], (index) => ({
  ...process.env,
  SITE_OUT_DIR: relative(ROOT, folders[index - 1]!),
  // One cache per part (astro.config.mjs); the one-process build keeps Astro's default.
  ...(parts > 1 ? { SITE_CACHE_DIR: `node_modules/.astro/part-${index}` } : {}),
}));
if (!astro) fail(failed('astro build'));
console.log(`✓ astro build in ${parts} part${parts > 1 ? 's' : ''}: ${seconds()}`);

for (const part of folders.slice(1)) {
  const differing = mergePartInto(folder, part);
  if (differing.length > 0) fail(`${mergeProblem(differing)}\n${failed('merging the parts').trimStart()}`);
  discardBuild(part);
}
folders = [folder];

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

console.log(`✓ merged, page list checked, sitemap written: ${seconds()}`);

publishBuild(OUT, folder);
console.log(`✓ published, the build it replaced removed: ${seconds()}`);
lap = started;
console.log(
  `✓ built in ${seconds()} into ${relative(ROOT, join(OUT, DIST)) || DIST}/ (a link to ${relative(ROOT, folder)}/)`,
);
