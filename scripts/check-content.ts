/**
 * `node scripts/check-content.ts [content-dir]`: checks everything under content/ before the
 * build — front matter and data files against the schemas, safety (nothing in content may run
 * code in a reader's browser), glossary markup, zh/en twins, and references to indicators and
 * to the plan-targets dataset. Prints `path:line:column: type: message` with a hint under each
 * problem, then a summary; exits 1 when there is any error.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContentDir } from '../src/lib/content/check-content.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { loadSiteData } from '../src/lib/site-data/index.ts';

let dir = 'content';
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  dir = positionals[0] ?? dir;
} catch (error) {
  console.error(`usage: node scripts/check-content.ts [content-dir]\n${(error as Error).message}`);
  process.exit(2);
}
if (!existsSync(dir)) {
  console.error(`✗ ${dir}: no such folder`);
  process.exit(2);
}

// References into data/ are checked when the data can be read; the data validator reports
// data problems itself (it runs first in npm run build), so here a failure only skips them.
let indicatorIds: Set<string> | undefined;
let planTargetRows: unknown[] | undefined;
try {
  const data = loadSiteData();
  indicatorIds = new Set(data.indicators.map((i) => i.id));
  planTargetRows = Object.values(data.datasets.find((d) => d.name === 'plan-targets')?.tables ?? {}).flat();
} catch (error) {
  console.warn(`! data/ could not be read, so references to indicators and plan-targets were not checked: ${(error as Error).message.split('\n')[0]}`);
}

const report = await checkContentDir(dir, { indicatorIds, planTargetRows, requireAllSections: dir === 'content' });
for (const problem of report.problems) console.log(formatProblem(problem));
const { stats } = report;
const summary = `${stats.files} files (${stats.explainers} explainers, ${stats.glossaryTerms} glossary terms, ${stats.timelineEvents} milestones, ${stats.targets} targets): ${stats.errors} errors, ${stats.warnings} warnings`;
if (report.valid) {
  console.log(`✓ content: ${summary}`);
} else {
  console.error(`✗ content: ${summary}`);
  process.exit(1);
}
