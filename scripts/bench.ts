/**
 * `npm run bench`: measures what readers and staff wait for, on this machine, in one run —
 * the full build (validate + content check + astro build), the validator alone, and the page
 * weight of county-year pages against the budgets (issue: ≤ 20 KB JavaScript and ≤ 80 KB in
 * total, gzip, per county-year page; first render with no JavaScript at all). Figures are
 * printed and written to bench-results/latest.json; nothing here passes or fails a test,
 * because shared machines are noisy — compare ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight, type PageWeight } from '../src/lib/bench/page-weight.ts';
import { lighthouseScores } from './bench/lighthouse.ts';

const BUDGET = { js: 20 * 1024, total: 80 * 1024 };

function timed(label: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
  return (performance.now() - start) / 1000;
}

const buildSeconds = timed('build', ['scripts/build.ts']);
const validateSeconds = timed('validate', ['scripts/validate.ts']);

const read = (path: string) => readFileSync(join('dist', path));
// Both languages: /counties/{code}/{year}/ and /en/counties/{code}/{year}/.
const countyPages = ['dist/counties', 'dist/en/counties'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /^\d{6}\/\d{4}\/index\.html$/.test(f))
    .map((f) => join(dir, f)),
);
const weights: PageWeight[] = countyPages.map((file) => pageWeight(readFileSync(file, 'utf8'), read));
const stat = (key: keyof Omit<PageWeight, 'assets'>) => {
  const values = weights.map((w) => w[key]).sort((a, b) => a - b);
  return { median: values[Math.floor(values.length / 2)] ?? 0, max: values.at(-1) ?? 0 };
};
// A first search: the search page's scripts plus its index, the two things fetched on first use
// (the page's HTML is not counted: the reader is already on it). Budget: 100 KB gzip.
const gzipBytes = (path: string) => gzipSync(read(path), { level: 9 }).length;
const firstSearch = Object.fromEntries(
  (['zh-CN', 'en'] as const).map((lang) => {
    const js = pageWeight(
      readFileSync(join('dist', lang === 'en' ? 'en/search' : 'search', 'index.html'), 'utf8'),
      read,
    ).js;
    const index = gzipBytes(`search/index-${lang}.json`);
    return [lang, { js, index, total: js + index }];
  }),
);
const allPages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('index.html'),
).length;

const results = {
  date: new Date().toISOString(),
  node: process.version,
  build: {
    seconds: Number(buildSeconds.toFixed(1)),
    pages: allPages,
    msPerPage: Number(((buildSeconds * 1000) / allPages).toFixed(2)),
  },
  validate: { seconds: Number(validateSeconds.toFixed(2)) },
  countyYearPage: { count: weights.length, html: stat('html'), css: stat('css'), js: stat('js'), total: stat('total') },
  firstSearch,
  budget: { jsBytes: BUDGET.js, totalBytes: BUDGET.total, firstSearchBytes: 100 * 1024 },
  // dist/ served by nginx as deployed (deploy/nginx/); goal 100 in every category.
  lighthouse: await lighthouseScores(),
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const c = results.countyYearPage;
console.log(
  `build: ${results.build.seconds} s for ${allPages} pages (${results.build.msPerPage} ms/page); validate: ${results.validate.seconds} s`,
);
console.log(`county-year pages (${c.count}), gzip median / max:`);
console.log(
  `  HTML ${kb(c.html.median)} / ${kb(c.html.max)}; CSS ${kb(c.css.median)} / ${kb(c.css.max)}; JS ${kb(c.js.median)} / ${kb(c.js.max)}`,
);
console.log(
  `  total ${kb(c.total.median)} / ${kb(c.total.max)} — budget ${kb(BUDGET.total)} total, ${kb(BUDGET.js)} JS: ${c.total.max <= BUDGET.total && c.js.max <= BUDGET.js ? 'within' : 'OVER'}`,
);
for (const [lang, f] of Object.entries(firstSearch))
  console.log(
    `first search (${lang}), gzip: JS ${kb(f.js)} + index ${kb(f.index)} = ${kb(f.total)} — budget 100 KB: ${f.total <= 100 * 1024 ? 'within' : 'OVER'}`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
