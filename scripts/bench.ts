/**
 * `npm run bench`: measures what readers and staff wait for, on this machine, in one run, and
 * writes bench-results/latest.json. Nothing here passes or fails a test: shared machines are
 * noisy, so compare within one run (the build against its floor, validation against a plain
 * parse of the same file). Each measurement is a module under scripts/bench/.
 *
 *   npm run bench -- [--rows N]    N generated CSV rows for the validation bench (default 1,000,000)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSiteData } from '../src/lib/site-data/index.ts';
import { measureFloor, pageStats } from './bench/floor.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { measure } from './bench/measure.ts';
import { BUDGET, measurePageWeight } from './bench/page-weight.ts';
import { measureValidate } from './bench/validate.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// The full build (validate + content check + astro build), then bare Astro at the same page count and size.
const build = await measure(['scripts/build.ts']);
const built = pageStats('dist');
const shipped = { ...build, pages: built.pages, divisions: loadSiteData().divisions.length };
console.log(
  `build: ${shipped.seconds} s, peak ${shipped.peakMB} MB, ${shipped.pages} pages (mean ${kb(built.meanBytes)})`,
);
const floor = await measureFloor(built.pages, built.meanBytes);
const ratio = Number((shipped.seconds / floor.seconds).toFixed(2));
console.log(`floor (bare Astro, same pages and size): ${floor.seconds} s — build/floor ${ratio}× (goal ≤ 2×)`);

const weight = measurePageWeight();
const { first, second } = weight.pageWeight;
console.log(
  `county-year page, first visit ${kb(first.total)} (budget ${kb(BUDGET.total)}; map shapes ${kb(first.svg)})`,
);
console.log(`county-year page, second in the same browser ${kb(second.total)} (budget ${kb(BUDGET.secondPage)})`);
const c = weight.countyYearPage;
console.log(
  `  all ${c.count} county-year pages, first visit, median / max: ${kb(c.total.median)} / ${kb(c.total.max)}`,
);
for (const [lang, f] of Object.entries(weight.firstSearch))
  console.log(
    `first search (${lang}): JS ${kb(f.js)} + index ${kb(f.index)} = ${kb(f.total)} (budget ${kb(BUDGET.firstSearch)})`,
  );

const validate = await measureValidate(Number(values.rows));
console.log(
  `validate ${validate.rows} rows (${validate.fileMB} MB): ${validate.rowsPerSecond} rows/s, peak ${validate.peakMB} MB; ` +
    `plain csv-parse ${validate.plainParseRowsPerSecond} rows/s (goal ≥ 1/3 of it)`,
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  build: { shipped, floorRatio: ratio },
  floor: { seconds: floor.seconds, pages: floor.pages, meanBytes: floor.meanBytes },
  validate,
  pageWeight: weight.pageWeight,
  countyYearPage: weight.countyYearPage,
  firstSearch: weight.firstSearch,
  budget: {
    jsBytes: BUDGET.js,
    totalBytes: BUDGET.total,
    secondPageBytes: BUDGET.secondPage,
    firstSearchBytes: BUDGET.firstSearch,
    floorRatio: 2,
  },
  // dist/ served by nginx as deployed (deploy/nginx/); goal 100 in every category.
  lighthouse: await lighthouseScores(),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
