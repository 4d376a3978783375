/**
 * `npm run bench`: measures what readers and staff wait for, on this machine, in one run, and
 * writes bench-results/latest.json. Nothing here passes or fails a test: shared machines are
 * noisy, so compare within one run (the build against its floor, validation against a plain
 * parse of the same file). Each measurement is a module under scripts/bench/.
 *
 *   npm run bench -- [--rows N] [--only PARTS]
 *     --rows N       N generated CSV rows for the validation bench (default 1,000,000)
 *     --only PARTS   some of build,weight,validate,lighthouse (comma-separated): only those run,
 *                    and their figures replace the same keys in latest.json, the rest stays
 *                    (`build` is the full build, its bare-Astro floor and dist/'s size)
 *   npm run bench -- --stress [--keep]
 *                  only the China-scale build (scripts/bench/stress.ts): its figures
 *                  replace build.stress in bench-results/latest.json, the rest stays;
 *                  --keep leaves the generated folder and its site in the temp dir
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSiteData } from '../src/lib/site-data/index.ts';
import { distSize } from './bench/dist-size.ts';
import { measureFloor, pageStats } from './bench/floor.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { measure } from './bench/measure.ts';
import { BUDGET, measurePageWeight } from './bench/page-weight.ts';
import { measureValidate } from './bench/validate.ts';
import { measureStress, type StressResult } from './bench/stress.ts';

const PARTS = ['build', 'weight', 'validate', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    only: { type: 'string' },
    stress: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',').map((p) => p.trim()) ?? [...PARTS];
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length > 0) {
  console.error(`--only: unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  process.exit(2);
}
const runs = (part: Part) => only.includes(part);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const LATEST = 'bench-results/latest.json';
type Section = Record<string, unknown>;
const previous: { build?: Section; budget?: Section } & Section = existsSync(LATEST)
  ? JSON.parse(readFileSync(LATEST, 'utf8'))
  : {};

// Budget of the China-scale build on the 2-core bench machine (README "Measured").
const STRESS_BUDGET = { seconds: 600, peakMB: 4096 };
if (values.stress) {
  const stress: StressResult = await measureStress({ keep: values.keep ?? false });
  console.log(
    `stress build: ${stress.seconds} s (budget ${STRESS_BUDGET.seconds} s), peak ${stress.peakMB} MB (budget ${STRESS_BUDGET.peakMB} MB), ` +
      `${stress.pages} pages from ${stress.divisions} divisions, ${stress.pagesPerSecond} pages/s, ${stress.cpuSeconds} s of processor time`,
  );
  const results = {
    ...previous,
    build: { ...previous.build, stress: { ...stress, date: new Date().toISOString() } },
    budget: { ...previous.budget, stress: STRESS_BUDGET },
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(LATEST, JSON.stringify(results, null, 2) + '\n');
  process.exit(0);
}

// A partial run keeps the other parts' last figures; a full run replaces all but build.stress.
const results: Section = values.only ? { ...previous } : {};
Object.assign(results, { date: new Date().toISOString(), node: process.version, measured: only });
// The China-scale build runs only with --stress (minutes): its last figures are kept.
const stressKept = previous.build?.['stress'] ? { stress: previous.build['stress'] } : {};

if (runs('build')) {
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
  const dist = distSize('dist');
  console.log(`dist/: ${dist.totalMB} MB, of which HTML ${dist.htmlMB} MB (goal ≤ 60 MB)`);
  Object.assign(results, {
    build: { shipped, floorRatio: ratio, ...stressKept },
    floor: { seconds: floor.seconds, pages: floor.pages, meanBytes: floor.meanBytes },
    dist,
  });
}

if (runs('weight')) {
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
  Object.assign(results, {
    pageWeight: weight.pageWeight,
    countyYearPage: weight.countyYearPage,
    firstSearch: weight.firstSearch,
  });
}

if (runs('validate')) {
  const validate = await measureValidate(Number(values.rows));
  const share = (a: number, b: number) => `1/${(b / a).toFixed(1)}`;
  console.log(
    `validate ${validate.rows} rows (${validate.fileMB} MB): ${validate.rowsPerSecond} rows/s, peak ${validate.peakMB} MB; ` +
      `plain csv-parse ${validate.plainParseRowsPerSecond} rows/s: ${share(validate.rowsPerSecond, validate.plainParseRowsPerSecond)} (goal ≥ 1/3); ` +
      `per processor second ${validate.rowsPerCpuSecond} against ${validate.plainParseRowsPerCpuSecond}: ${share(validate.rowsPerCpuSecond, validate.plainParseRowsPerCpuSecond)}`,
  );
  results.validate = validate;
}

results.budget = {
  jsBytes: BUDGET.js,
  totalBytes: BUDGET.total,
  secondPageBytes: BUDGET.secondPage,
  firstSearchBytes: BUDGET.firstSearch,
  floorRatio: 2,
  distMB: 60,
  stress: STRESS_BUDGET,
};
// dist/ served by nginx as deployed (deploy/nginx/); goal 100 in every category.
if (runs('lighthouse')) results.lighthouse = await lighthouseScores();
mkdirSync('bench-results', { recursive: true });
writeFileSync(LATEST, JSON.stringify(results, null, 2) + '\n');
